$TESTSH -c 'kill -9 $$'; echo $?
sleep 5 & kill $!; wait $!; echo $?
### stdout
137
143
### status 0
