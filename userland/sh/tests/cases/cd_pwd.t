cd /tmp; pwd
mkdir -p /tmp/shtest_cd_$$/sub
cd /tmp/shtest_cd_$$/sub; pwd | sed "s/$$/PID/"
cd ..; pwd | sed "s/$$/PID/"
cd - >/dev/null; pwd | sed "s/$$/PID/"
HOME=/; cd; pwd
rm -r /tmp/shtest_cd_$$
cd /nonexistent 2>/dev/null || echo cd failed
### stdout
/tmp
/tmp/shtest_cd_PID/sub
/tmp/shtest_cd_PID
/tmp/shtest_cd_PID/sub
/
cd failed
### status 0
