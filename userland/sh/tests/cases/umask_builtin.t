umask 027; umask
umask 22; umask
### stdout
0027
0022
### status 0
