echo to5 5>f5 >&5
cat f5
exec 4>f4
echo four >&4
exec 4>&-
cat f4
### stdout
to5
four
### status 0
