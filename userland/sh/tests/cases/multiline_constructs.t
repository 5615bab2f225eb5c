if true
then
  echo yes
fi
for i in 1 \
  2
do
  echo $i
done
x="line1
line2"
echo "$x"
echo a |
  cat
true &&
  echo chained
### stdout
yes
1
2
line1
line2
a
chained
### status 0
