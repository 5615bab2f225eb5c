v=val
cat <<EOF
plain $v $(echo sub) \$v
EOF
cat <<'EOF'
quoted $v
EOF
cat <<-EOF
	tabs stripped $v
	EOF
cat <<A; cat <<B
first
A
second
B
### stdout
plain val sub $v
quoted $v
tabs stripped val
first
second
### status 0
