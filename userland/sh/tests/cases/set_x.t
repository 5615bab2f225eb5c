set -x
echo traced 2>/dev/null
### stdout
traced
### status 0
