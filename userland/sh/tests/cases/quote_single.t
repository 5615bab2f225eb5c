printf '%s\n' 'a  b c"d e\f'
echo 'it'\''s'
### stdout
a  b c"d e\f
it's
### status 0
