echo 'sourced=yes; echo in dot' > lib.sh
. ./lib.sh
echo $sourced
### stdout
in dot
yes
### status 0
