package span

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPosition(t *testing.T) {
	text := []byte("ab\r\nçd é\nx")
	x := NewIndex(text)
	cases := []struct {
		off  int
		want Position
	}{
		{0, Position{1, 1}},
		{1, Position{1, 2}},
		{4, Position{2, 1}},
		{6, Position{2, 2}},  // after the two-byte ç
		{8, Position{2, 4}},  // 'é' starts here
		{11, Position{3, 1}}, // 'x'
		{99, Position{3, 2}}, // clamped
	}
	for _, c := range cases {
		assert.Equal(t, c.want, x.Position(c.off), "offset %d", c.off)
	}
	assert.Equal(t, "ab", string(x.LineText(1)))
	assert.Equal(t, "çd é", string(x.LineText(2)))
	assert.Equal(t, "x", string(x.LineText(3)))
	assert.Nil(t, x.LineText(4))
	assert.Equal(t, 3, x.Lines())
}

func TestOffsetInvertsPosition(t *testing.T) {
	text := []byte("ab\r\nçd é\nx")
	x := NewIndex(text)
	for off := 0; off <= len(text); off++ {
		if off < len(text) && text[off]&0xC0 == 0x80 {
			continue // inside a character: no column names it
		}
		assert.Equal(t, off, x.Offset(x.Position(off)), "offset %d", off)
	}
	assert.Equal(t, 0, x.Offset(Position{0, 0}))
	assert.Equal(t, len(text), x.Offset(Position{9, 1}))
}
