package promptcheck

import "regexp"

var (
	emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$`)
	// An international number ("+14155552671", "+44 20 7946 0958") or a
	// North American one with separators ("(415) 555-2671", "415.555.2671"),
	// whose area code and exchange start with 2-9 as the numbering plan
	// requires, so that an id such as "100-200-3000" is not taken for one.
	// Bare digit strings are left alone: numeric database ids are opaque.
	intlPhonePattern = regexp.MustCompile(`^\+[\d\s().-]{7,20}$`)
	naPhonePattern   = regexp.MustCompile(`^(\+?1[\s.-]?)?(\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-])[2-9]\d{2}[\s.-]\d{4}$`)
)

func looksLikeEmail(s string) bool { return emailPattern.MatchString(s) }

func looksLikePhone(s string) bool {
	if naPhonePattern.MatchString(s) {
		return true
	}
	if !intlPhonePattern.MatchString(s) {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			digits++
		}
	}
	return digits >= 7 && digits <= 15
}
