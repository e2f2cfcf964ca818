package article_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/engine/article"
)

func ExampleParse() {
	scrape := "[ad_1]\n" +
		"US troops to stay in Iraq\n" +
		"Published 26 July 2021\n" +
		"BAGHDAD (Reuters) - The U.S. has about 2,500 troops in Iraq. Gen. Frank McKenzie said so.\n" +
		"“We are their guests. They protect us,” Hood said.\n" +
		"Read more:\n" +
		"Iraq reports new COVID-19 cases\n" +
		"Source link"
	a, err := article.Parse("scrape.txt", []byte(scrape), article.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Published.Format("2006-01-02"), "from", a.DateSource)
	for _, s := range a.Sentences {
		fmt.Printf("%d:%d [%d:%d] %s\n", s.Line, s.Col, s.Start, s.End, s.Text)
	}
	for _, r := range a.Removed {
		fmt.Printf("dropped %q (%s)\n", scrape[r.Start:r.End], r.Reason)
	}
	// Output:
	// 2021-07-26 from text
	// 2:1 [7:32] US troops to stay in Iraq
	// 3:1 [33:55] Published 26 July 2021
	// 4:21 [76:116] The U.S. has about 2,500 troops in Iraq.
	// 4:62 [117:145] Gen. Frank McKenzie said so.
	// 5:1 [146:200] “We are their guests. They protect us,” Hood said.
	// dropped "[ad_1]" (ad-marker)
	// dropped "BAGHDAD (Reuters) - " (wire-dateline)
	// dropped "Read more:" (read-more)
	// dropped "Iraq reports new COVID-19 cases" (read-more)
	// dropped "Source link" (source-link)
}
