touch b.txt a.txt c.log .hidden
echo *.txt
echo *
echo ?.log
echo [ab]*
echo nomatch*
echo '*.txt' "*.log"
mkdir d; touch d/x d/y
echo d/*
echo */x
x='*.txt'; echo $x
set -f; echo *.txt; set +f
### stdout
a.txt b.txt
a.txt b.txt c.log
c.log
a.txt b.txt
nomatch*
*.txt *.log
d/x d/y
d/x
a.txt b.txt
*.txt
### status 0
