cmd='echo evaled $x'; x=1
eval $cmd
eval 'y=2; echo $y'
eval "for i in 1 2; do echo \$i; done"
### stdout
evaled 1
2
1
2
### status 0
