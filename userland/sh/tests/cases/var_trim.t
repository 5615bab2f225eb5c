p=/usr/local/bin/prog.tar.gz
echo ${p#*/} ${p##*/} ${p%.*} ${p%%.*}
### stdout
usr/local/bin/prog.tar.gz prog.tar.gz /usr/local/bin/prog.tar /usr/local/bin/prog
### status 0
