HOME=/home/u
echo ~ ~/x "~" '~'
### stdout
/home/u /home/u/x ~ ~
### status 0
