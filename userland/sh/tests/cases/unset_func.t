f() { echo func; }
f
unset -f f
f 2>/dev/null || echo gone
### stdout
func
gone
### status 0
