echo out 1>&2 2>/dev/null
{ echo to_err >&2; } 2>&1 | cat
### stdout
to_err
### status 0
