# benchlib.sh: helpers shared by the benchmark scripts; source it.

# time_report FILE: "seconds peak-kB" from a /usr/bin/time -v report.
time_report() {
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
		/Maximum resident set size/ { kb = $2 }
		END { printf "%.2f %d\n", s, kb }' "$1"
}

# median: the median of the numbers on stdin, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); print (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2 }'; }

# time_tool WANT SCRATCH CMD...: run CMD once, its output discarded, and print
# "seconds peak-kB"; when its exit status is not WANT, show its stderr and
# exit 1. SCRATCH is a directory for GNU time's report.
time_tool() {
	local want=$1 scratch=$2 code=0
	shift 2
	/usr/bin/time -v -o "$scratch/time" "$@" >/dev/null 2>"$scratch/stderr" || code=$?
	if [[ $code -ne $want ]]; then
		echo "$* exited $code:" >&2
		head -20 "$scratch/stderr" >&2
		exit 1
	fi
	time_report "$scratch/time"
}
