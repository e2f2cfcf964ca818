package quantity

import "strings"

// The word lists below are the finder's data: extend them, not the code.

// units are number words that add to the running value.
var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what precedes them. "hundred" multiplies the current group;
// the others close a group ("two hundred thousand" = 200 * 1000).
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
	"mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
	"dozen": 12,
}

// suffixScales may be glued to digits ("1.2M", "10k", "$5bn") but are not
// words on their own.
var suffixScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "mn": 1e6, "mln": 1e6,
	"bln": 1e9, "tn": 1e12, "t": 1e12,
}

// vague plural words: "hundreds of" means at least two hundred and fewer than
// a thousand. Each maps to the [low, high] it allows on its own; a following
// plural scale multiplies ("tens of thousands" = 20,000..99,999).
var vague = map[string][2]float64{
	"tens":      {20, 99},
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {200, 999},
	"thousands": {2000, 9999},
	"millions":  {2e6, 999e6},
	"billions":  {2e9, 999e9},
}

// fewWords before a scale give a vague multiple: "several hundred" is
// 300..900, "a few thousand" 2,000..5,000, "a couple of hundred" 200..300.
var fewWords = map[string][2]float64{"several": {3, 9}, "few": {2, 5}, "couple": {2, 3}}

// qualifiers before a number, longest first within each entry's first word.
// Each phrase is a space-separated lower-case word sequence; symbols are
// written as themselves.
var prefixQualifiers = []struct {
	phrase, qual string
}{
	{"equal to or less than", UpTo}, {"equal to or fewer than", UpTo},
	{"less than or equal to", UpTo}, {"fewer than or equal to", UpTo},
	{"equal to or more than", AtLeast}, {"equal to or greater than", AtLeast},
	{"more than or equal to", AtLeast}, {"greater than or equal to", AtLeast},
	{"at least or equal to", AtLeast},
	{"no more than", UpTo}, {"not more than", UpTo}, {"no greater than", UpTo},
	{"no less than", AtLeast}, {"not less than", AtLeast}, {"no fewer than", AtLeast},
	{"not fewer than", AtLeast},
	{"at most", UpTo}, {"up to", UpTo}, {"as many as", UpTo}, {"as much as", UpTo},
	{"a maximum of", UpTo}, {"maximum of", UpTo},
	{"at least", AtLeast}, {"a minimum of", AtLeast}, {"minimum of", AtLeast},
	{"more than", MoreThan}, {"greater than", MoreThan}, {"larger than", MoreThan},
	{"bigger than", MoreThan}, {"higher than", MoreThan}, {"upwards of", MoreThan},
	{"upward of", MoreThan}, {"in excess of", MoreThan}, {"north of", MoreThan},
	{"over", MoreThan}, {"above", MoreThan}, {"exceeding", MoreThan},
	{"exceed", MoreThan}, {"exceeds", MoreThan}, {"exceeded", MoreThan}, {"surpass", MoreThan},
	{"surpasses", MoreThan}, {"surpassed", MoreThan}, {"topped", MoreThan}, {"tops", MoreThan},
	{"bigger or equal than", AtLeast}, {"greater or equal than", AtLeast}, {"more or equal than", AtLeast},
	{"larger or equal than", AtLeast}, {"smaller or equal than", UpTo}, {"less or equal than", UpTo},
	{"fewer or equal than", UpTo}, {"lower or equal than", UpTo}, {"well over", MoreThan},
	{"just over", MoreThan}, {"more then", MoreThan},
	{"less than", FewerThan}, {"fewer than", FewerThan}, {"smaller than", FewerThan},
	{"lower than", FewerThan}, {"under", FewerThan}, {"below", FewerThan},
	{"just under", FewerThan}, {"shy of", FewerThan}, {"less then", FewerThan},
	{"nearly", Nearly}, {"almost", Nearly}, {"close to", Nearly}, {"just shy of", Nearly},
	{"about", About}, {"around", About}, {"roughly", About}, {"some", About},
	{"approximately", About}, {"approx", About}, {"an estimated", About},
	{"estimated", About}, {"circa", About}, {"ca", About}, {"round about", About},
	{"more or less", About}, {"somewhere around", About}, {"in the region of", About},
	{"on the order of", About}, {"or so", About},
	{"equal to", Exact}, {"equals to", Exact}, {"equals", Exact}, {"equaling to", Exact},
	{"equalling to", Exact}, {"equaling", Exact}, {"exactly", Exact}, {"precisely", Exact},
	{"< =", UpTo}, {"> =", AtLeast}, {"≤", UpTo}, {"≥", AtLeast}, {"<", FewerThan}, {">", MoreThan},
	{"~", About}, {"=", Exact},
}

// postfix qualifiers after a number (and its unit).
var postfixQualifiers = []struct {
	phrase, qual string
}{
	{"or more", AtLeast}, {"or greater", AtLeast}, {"or above", AtLeast}, {"or higher", AtLeast},
	{"or over", AtLeast}, {"plus", AtLeast}, {"- plus", AtLeast}, {"+", AtLeast},
	{"or less", UpTo}, {"or fewer", UpTo}, {"or below", UpTo}, {"or lower", UpTo}, {"or under", UpTo},
	{"or so", About}, {"odd", About}, {"or thereabouts", About}, {"- ish", About}, {"ish", About},
}

// currency prefixes and words, mapped to ISO 4217 codes ("BTC" for bitcoin).
// A bare "$" and "dollars" are read as US dollars, the usual news sense.
var currencyPrefix = []struct {
	phrase, code string
}{
	{"us $", "USD"}, {"u . s . $", "USD"}, {"usd", "USD"}, {"$", "USD"},
	{"c $", "CAD"}, {"cad $", "CAD"}, {"ca $", "CAD"}, {"cad", "CAD"},
	{"a $", "AUD"}, {"au $", "AUD"}, {"aud", "AUD"}, {"nz $", "NZD"}, {"hk $", "HKD"},
	{"s $", "SGD"}, {"r $", "BRL"},
	{"€", "EUR"}, {"eur", "EUR"}, {"£", "GBP"}, {"gbp", "GBP"}, {"¥", "JPY"}, {"jpy", "JPY"},
	{"cny", "CNY"}, {"rmb", "CNY"}, {"₹", "INR"}, {"rs .", "INR"}, {"rs", "INR"}, {"inr", "INR"},
	{"₭", "LAK"}, {"₩", "KRW"}, {"₽", "RUB"}, {"₺", "TRY"}, {"₪", "ILS"}, {"₦", "NGN"},
	{"rm", "MYR"}, {"sen", "MYR"}, {"ringgit", "MYR"}, {"malaysia ringgit", "MYR"}, {"malaysian ringgit", "MYR"},
	{"malaysia ringgits", "MYR"}, {"malaysian ringgits", "MYR"}, {"₿", "BTC"}, {"₡", "CRC"}, {"₾", "GEL"},
}

// isoCodes are currency codes; written in capitals they work before or
// after a number ("EUR 125", "42 KWD", "USD115").
var isoCodes = strings.Fields(`USD EUR GBP JPY CNY INR IQD CHF CAD AUD NZD HKD SGD KWD LBP EGP QAR SAR
	BGN MYR ILS MNT UAH AED SEK NOK DKK RUB TRY KRW ZAR MXN BRL PKR IRR SYP JOD TWD BTC IDR THB PHP
	VND NGN KES GHS MAD DZD TND LYD OMR BHD YER AFN BDT LKR NPR PLN CZK HUF RON HRK ISK ARS CLP COP PEN`)

var currencySuffix = []struct {
	phrase, code string
}{
	{"us dollars", "USD"}, {"us dollar", "USD"}, {"u . s . dollars", "USD"}, {"american dollars", "USD"},
	{"canadian dollars", "CAD"}, {"canadian dollar", "CAD"}, {"australian dollars", "AUD"},
	{"australian dollar", "AUD"}, {"hong kong dollars", "HKD"}, {"singapore dollars", "SGD"},
	{"new zealand dollars", "NZD"}, {"taiwan dollars", "TWD"},
	{"dollars", "USD"}, {"dollar", "USD"}, {"bucks", "USD"},
	{"euros", "EUR"}, {"euro", "EUR"},
	{"lebanese pounds", "LBP"}, {"lebanese pound", "LBP"}, {"egyptian pounds", "EGP"},
	{"egyptian pound", "EGP"}, {"syrian pounds", "SYP"}, {"british pounds", "GBP"},
	{"pounds sterling", "GBP"}, {"pound sterling", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"},
	{"sterling", "GBP"}, {"quid", "GBP"},
	{"japanese yen", "JPY"}, {"yen", "JPY"}, {"chinese yuan", "CNY"}, {"yuan", "CNY"},
	{"renminbi", "CNY"}, {"rmb", "CNY"},
	{"pakistani rupees", "PKR"}, {"indian rupees", "INR"}, {"rupees", "INR"}, {"rupee", "INR"},
	{"qatari riyals", "QAR"}, {"qatari riyal", "QAR"}, {"saudi riyals", "SAR"}, {"riyals", "SAR"},
	{"riyal", "SAR"}, {"iraqi dinars", "IQD"}, {"iraqi dinar", "IQD"}, {"kuwaiti dinars", "KWD"},
	{"dinars", "IQD"}, {"dinar", "IQD"}, {"dirhams", "AED"}, {"dirham", "AED"},
	{"ringgit", "MYR"}, {"won", "KRW"}, {"roubles", "RUB"}, {"rubles", "RUB"}, {"rouble", "RUB"},
	{"ruble", "RUB"}, {"swiss francs", "CHF"}, {"francs", "CHF"}, {"franc", "CHF"},
	{"turkish lira", "TRY"}, {"lira", "TRY"}, {"finnish markka", "FIM"}, {"markka", "FIM"},
	{"rand", "ZAR"}, {"pesos", "MXN"}, {"peso", "MXN"}, {"reais", "BRL"}, {"real", "BRL"},
	{"bitcoins", "BTC"}, {"bitcoin", "BTC"}, {"btc", "BTC"},
	{"egyptianpound", "EGP"}, {"geneh", "EGP"}, {"genihat masriya", "EGP"}, {"saudiriyal", "SAR"},
	{"saudi riyal", "SAR"}, {"ரூ", "INR"},
	{"ringgits", "MYR"}, {"malaysia ringgit", "MYR"}, {"malaysian ringgit", "MYR"},
	{"malaysia ringgits", "MYR"}, {"malaysian ringgits", "MYR"}, {"rm", "MYR"},
	{"kuwaiti dinar", "KWD"}, {"rials", "IRR"}, {"rial", "IRR"}, {"tugrik", "MNT"}, {"tugriks", "MNT"},
	{"hryvnia", "UAH"}, {"hryvnias", "UAH"}, {"shekels", "ILS"}, {"shekel", "ILS"},
	{"pesetas", "ESP"}, {"peseta", "ESP"}, {"dutch guilders", "NLG"}, {"guilders", "NLG"},
	{"marks", "DEM"}, {"deutsche marks", "DEM"}, {"le", "EGP"}, {"l . e .", "EGP"}, {"l . e", "EGP"},
	{"$", "USD"}, {"us $", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₭", "LAK"},
	{"元", "CNY"}, {"₡", "CRC"}, {"₾", "GEL"}, {"₿", "BTC"}, {"€ur", "EUR"}, {"rs", "INR"},
}

// subunits are hundredths of a currency: "10 cents" is 0.10 USD.
var subunits = []struct {
	phrase, code string
}{
	{"cents", "USD"}, {"cent", "USD"}, {"¢", "USD"}, {"c", "USD"}, {"pence", "GBP"}, {"p", "GBP"},
	{"sen", "MYR"}, {"sens", "MYR"}, {"kopiykas", "UAH"}, {"kopecks", "RUB"},
}

var percentWords = []string{"percent", "per cent", "pct", "%", "percentage points", "percentage point", "per cent"}

// months and weekdays: a number next to a month is part of a date.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// nameHeads are lower-case words that, directly before a number, name a thing
// ("route 1", "resolution 1441") even when not capitalised.
var nameHeads = map[string]bool{
	"route": true, "highway": true, "interstate": true, "flight": true, "resolution": true,
	"article": true, "section": true, "chapter": true, "phase": true, "level": true,
	"no": true, "number": true, "vol": true, "page": true, "room": true, "gate": true,
	"camp": true, "block": true, "sector": true, "version": true, "model": true, "covid": true,
	"apollo": true, "boeing": true, "airbus": true, "f": true, "su": true, "mig": true,
	"channel": true, "district": true, "precinct": true, "squad": true, "cell": true,
}

// notNames are capitalised words that may stand before a number without
// making it part of a name.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true, "in": true,
	"on": true, "at": true, "by": true, "for": true, "to": true, "from": true, "with": true,
	"only": true, "just": true, "all": true, "another": true, "those": true, "these": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "total": true,
	"between": true, "since": true, "until": true, "than": true, "and/or": true, "i": true,
	"we": true, "they": true, "he": true, "she": true, "it": true, "you": true, "nearly": true,
	"after": true, "before": true, "during": true, "about": true, "some": true, "another's": true,
	"then": true, "now": true, "still": true, "also": true, "even": true, "each": true,
}

// yearPrepositions before a 4-digit number make it a year for sure.
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "of": true, "from": true,
	"before": true, "after": true, "during": true, "year": true, "early": true, "late": true,
	"mid": true, "through": true, "circa": true, "summer": true, "winter": true, "spring": true,
	"autumn": true, "fall": true, "the": true,
}

// changeVerbs before "from X to Y" make it a change of value, not a range.
var changeVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`rise rises rose risen rising fall falls fell fallen falling
		drop drops dropped dropping cut cuts cutting reduce reduces reduced reducing
		increase increases increased increasing decrease decreases decreased decreasing
		grow grows grew grown growing shrink shrinks shrank shrunk shrinking climb climbs climbed
		climbing jump jumps jumped jumping decline declines declined declining slash slashes slashed
		boost boosts boosted boosting lower lowers lowered lowering raise raises raised raising
		trim trims trimmed trimming go goes went gone going down up expand expands expanded
		swell swelled swollen surge surged soar soared plunge plunged plummet plummeted
		reduction increase drawdown change changed changes move moved bring brought
		widen widened narrow narrowed double doubled halve halved slip slipped edge edged`) {
		changeVerbs[w] = true
	}
}

// rangeCues before "from X to Y" make it a range even after a change verb.
var rangeCues = map[string]bool{
	"range": true, "ranges": true, "ranged": true, "ranging": true, "anywhere": true,
	"varying": true, "vary": true, "varies": true, "between": true, "estimates": true,
}

// timeUnits after "over N" make "over" mean "during" ("over three days").
var timeUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true, "hours": true, "hour": true,
	"minutes": true, "nights": true, "night": true, "weekends": true, "sessions": true, "rounds": true,
}
