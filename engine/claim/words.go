package claim

import "strings"

// spoken are the Meaning fields that hold the article's own words rather
// than an id or a value: the quotation. With the Words fields (*_text)
// they are what Tidy rewrites.
var spoken = map[string]bool{"quote": true}

// IsProse reports whether the field holds the article's words (a *_text
// field or the quotation), shown to people as a reader sees them.
func (f Field) IsProse() bool { return f.Role == Words || spoken[f.Name] }

// Tidy writes c's prose fields (IsProse) with whitespace as a reader sees
// it: each run of spaces, tabs and line breaks one space, none at the
// ends. A sentence hard-wrapped in the file ("Qassem\nSoleimani") then
// names its speaker, patient or quotation alike in every report format and
// rule message. Fields that point into the file (text, start, end) keep
// the file's bytes: file[start:end] is still text.
func Tidy(c *Claim) {
	for _, f := range Fields {
		if !f.IsProse() || f.Kind != StringField {
			continue
		}
		s := f.Value(c).(string)
		if t := strings.Join(strings.Fields(s), " "); t != s {
			_ = f.Set(c, t) // a string into a string field cannot fail
		}
	}
}
