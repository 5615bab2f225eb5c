# RS's policy script for a failed service, started as `sh /etc/rs/restart.sh LABEL REASON COUNT`
# (restart ... script /etc/rs/restart.sh, or service up ... -policy /etc/rs/restart.sh): it says
# what failed on the console and asks RS for a clean restart, giving up after five failures.
label=$1
reason=$2
count=$3
echo "rs script: $label failed ($reason), failure $count"
if test "$count" -gt 5; then
	echo "rs script: $label failed $count times: left down"
	exit 1
fi
service refresh "$label"
