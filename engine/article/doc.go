// Package article reads news articles as they come from scrapers and
// editors: plain text, Markdown or saved HTML pages, with the publication
// date and other metadata from front matter, the page's own metadata, a
// sidecar file or the text itself. It drops
// scraper noise and splits what is left into sentences that keep exact byte
// offsets into the original file, so every later stage can quote
// file[start:end] and print line:col without drift.
//
// # Inputs
//
// Read takes files, folders (read recursively in sorted order: .txt, .md,
// .markdown, .html and .htm files; hidden files and folders are skipped)
// and "-" for standard input, which is read as HTML when it starts with a
// doctype or an <html> tag. Files are opened read-only and never written. A bad input
// (unreadable, empty, binary, not UTF-8, broken front matter) gives a
// finding.Problem naming the file, with line:col where there is one, and the
// other inputs are still read.
//
// # Metadata
//
// The publication date and the title, outlet and url come from, in order of
// precedence, field by field:
//
//  1. Markdown front matter: YAML between "---" lines or TOML between "+++"
//     lines at the top of the file. Keys: published or date (YYYY-MM-DD, an
//     RFC 3339 time, or a written date as CMSs write them, "June 10th,
//     2021" or "10 June 2021"; in TOML unquoted or quoted), title, outlet,
//     url.
//     Other keys, which a CMS writes many of, are ignored. For an HTML
//     page, its own metadata instead (see HTML pages).
//  2. A sidecar NAME.meta.toml beside NAME.txt (or NAME.md), same keys.
//  3. The text: a "Published 26 July 2021" or "Posted on ..." line, a line
//     that is only a date ("June 12, 2020"), or a dateline ("BAGHDAD,
//     June 12, 2020 (Reuters) -") among the first lines of the body.
//  4. Options.Published (the --published flag), for the one input nothing
//     else dates: when Read finds several such inputs, it dates none and
//     returns an error naming them.
//
// Otherwise the article is undated (Dated is false); later stages then keep
// relative times unresolved instead of guessing. Without a title in the
// metadata, the headline the text starts with (a first line without a full
// stop, or a Markdown heading) is the title.
//
// # HTML pages
//
// A page (.html, .htm, .xhtml) is read as a scraper saves it. Its article
// body is what readability (codeberg.org/readeck/go-readability, a port of
// Firefox's Reader View) finds: navigation, cookie banners, share buttons,
// "related" blocks, ads and scripts are left out, and Removed lists the
// page's other text as "html:nav", "html:aside", "html:footer",
// "html:header", "html:form" or "html:not-article". Readability drops a
// heading that repeats the title; the reader keeps it, as the headline.
// Each block of the body (paragraph, heading, list item, table cell, the
// text either side of a <br>) is a paragraph, however the source breaks
// lines; noise patterns and sentence splitting then run as for any
// article.
//
// Metadata, field by field: JSON-LD (the NewsArticle, or other article
// type, of <script type="application/ld+json">, @graph and lists
// included: datePublished, headline, publisher.name, url or
// mainEntityOfPage), then <meta> tags (OpenGraph's
// article:published_time, og:title, og:site_name, og:url, and the other
// names htmlmeta.toml lists), then a <time datetime> element (one marked
// pubdate or itemprop="datePublished", else the first outside nav, aside
// and footer), with DateSource FromJSONLD, FromMetaTag or FromTime. A date
// the page gives but claimcheck cannot read is an error pointing at it,
// unless the page dates the article some other way. Broken JSON-LD is
// skipped, as browsers skip it.
//
// Text is the page's source and sentences are its bytes, tags and
// character references included ("has had <a href=...>around 5,000</a>
// troops"); Plain is the body's text with every tag blanked and
// references decoded in place. A reference is longer than its character,
// so a word that holds one is written with its core, from its first to
// its last character that is not a reference, where it is in the source:
// "&ldquo;We" and "said.&rdquo;" keep "We" and "said." exact, and only
// inside a word like "Iraq&#8217;s" do offsets after the reference fall
// a few bytes short. ReadableHTML turns a sentence into what a reader
// sees, for reports. A claimcheck-ignore comment works in a page as in
// Markdown.
//
// # Lines and paragraphs
//
// A line ends at "\n" ("\r\n" counts as one line end). Blank lines (only
// white space, including non-breaking spaces) separate paragraphs.
//
// In plain text, as scrapers write it, every line is a paragraph of its own,
// except that a line not ending in punctuation followed by a line starting
// in lower case continues the same paragraph (a wrapped line). A file whose
// lines all look hard-wrapped (none longer than 100 characters, most of
// them in runs) is read like Markdown instead.
//
// In Markdown, consecutive lines form one paragraph (soft wrap). Headings
// ("# ..."), list items and block quote lines start paragraphs of their own,
// their markers are not part of any sentence, and fenced code, HTML
// comments on lines of their own, HTML tag lines, image lines, tables and
// link definitions are not text.
// HTML comments of the form
//
//	<!-- claimcheck-ignore RULE-ID[, RULE-ID...]: reason -->
//
// become Suppressions for the paragraph they sit in, or else the next one.
//
// Paragraph ordinals count every paragraph of the body in file order, kept
// or dropped.
//
// # Noise
//
// Noise is whatever a scraper caught that is not the article: ad markers,
// "Source link", "Read more:" and the headlines under it, share and
// navigation lines, channel promotions, photo captions and credits, comment
// counters, section labels, agency tags and datelines before the first
// sentence ("(The National)", "ERBIL, Kurdistan Region –"). It is described
// as data: noise.toml (embedded; see it for the pattern kinds) lists named
// regular expressions, each matched against one trimmed line, that drop the
// line, part of it, or the line and the lines after it. LoadNoise adds user
// files on top. A pattern marked `copies` also drops a paragraph within
// three paragraphs of the line it dropped whose text that line contains:
// the uncredited twin of a credited photo caption.
//
// Repeats are noise too, found by comparing normalised text (letters and
// digits only, lower case, one space between words): a paragraph equal to
// an earlier one is dropped, and so is a paragraph of 40 or more normalised
// characters that occurs inside an earlier one (a truncated copy, as
// scrapers produce when they catch a page twice), or of 12 or more when it
// starts in lower case, cut mid-word. A sentence equal to an
// earlier kept sentence is dropped, and so is a sentence without letters or
// digits. Every drop is listed in Article.Removed with its reason.
//
// # Sentences
//
// A sentence ends at ".", "!", "?" or "…" (with any closing quotes and
// brackets after them) followed by white space and a word that may start a
// sentence: an upper-case letter, a digit, or an opening quote or bracket
// before one. A full stop does not end a sentence after an abbreviation
// that takes a name or number ("Gen.", "Maj.", "Mr.", "Jan.", "No."), after
// a single initial ("J. R. Smith"), or inside a number ("3.5"); after an
// abbreviation that can also end a sentence ("U.S.", "Inc.", "etc.") it ends
// one only when the next word usually opens a sentence ("The", "He", ...).
// The word lists are data in noise.toml. A comma or no stop inside closing
// quotes never ends a sentence, a quotation ending in a stop keeps a short
// attribution after it (`“We will stay.” Hood said.`), and a quotation of
// several sentences followed by an attribution stays whole, so the quote
// keeps its speaker: `“We are there at their invitation; we are their
// guests. And, so, ... today,” Hood said.` is one sentence. A paragraph's last sentence may end
// without a stop: headlines, captions and datelines are sentences of their
// own, with Headline set (as are Markdown headings, stop or not).
// Sentences never cross paragraphs or dropped text; a comment inside a line
// is markup, not dropped text (see Markup).
//
// Sentence.Text is always exactly Text[Start:End], trimmed of surrounding
// white space; matching may normalise quotes and dashes, positions never.
//
// # Markup
//
// Markup stays inside sentences, so offsets stay exact, but is not prose:
// Markdown link targets, emphasis and code marks, escapes, inline images and
// HTML tags, HTML comments inside a line, and bare URLs in any file.
// Article.Plain and Sentence.Plain are the text with markup replaced by
// spaces byte for byte (same length, same offsets): sentences are split,
// compared and matched against noise on Plain, and later stages should read
// Plain and quote Text. A sentence takes in the markup right around it
// ("**Troops left.**").
package article
