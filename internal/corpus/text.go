package corpus

// The wording articles are made of. Every sentence that states a figure
// or a fact is one the extractor reads correctly (the package test checks
// the planted ones are found and nothing else is flagged); fillers state
// nothing a rule compares.

// titles take the holder's adjective and the place.
var titles = []string{
	"%s troops to stay in %s for now",
	"What %s forces are doing in %s",
	"%s military presence in %s under review",
	"Allies weigh the future of the %s mission in %s",
	"%s commanders visit troops in %s",
	"Debate grows over %s deployment in %s",
}

// leads state a story's current figure: {H} holder, {A} its adjective,
// {P} place, {Q} qualifier, {N} figure, {D} weekday, {S} source.
var leads = []string{
	"{H} has {Q}{N} troops in {P}, officials said on {D}.",
	"There are currently {Q}{N} {A} troops in {P}, according to {S}.",
	"{H} has {Q}{N} soldiers in {P}, {S} said.",
	"There are {Q}{N} {A} troops in {P}, {S} said on {D}.",
}

// restatements repeat the figure later in the article.
var restatements = []string{
	"{H} has {Q}{N} troops in {P}, according to {S}.",
	"There are currently {Q}{N} {A} troops in {P}.",
}

var qualifiers = []string{"", "", "about ", "around ", "roughly "}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

var sources = []string{"the defence ministry", "a military spokesman", "government officials",
	"the foreign ministry", "a senior official", "the army's press office"}

// officeSentences take the office's title and its holder.
var officeSentences = []string{
	"%s %s said the talks would continue.",
	"%s %s told reporters that allies would decide together.",
	"%s %s said the mission would go on.",
}

// history is what background paragraphs repeat, always the same way.
var history = []string{
	"The United States withdrew its troops from Iraq in December 2011.",
	"The Soviet Union withdrew its forces from Afghanistan in February 1989.",
	"Britain ended its combat operations in Afghanistan in October 2014.",
	"Iraq declared victory over the Islamic State group in December 2017.",
}

// quotes are words only one person says: the holder of the n-th tenure
// (counting every office's in order) says quotes 2n and 2n+1.
var quotes = []string{
	"We will stay as long as our partners need us",
	"The mission is not over yet",
	"Our soldiers have done remarkable work under hard conditions",
	"No decision will be taken without our allies",
	"Security in the region is a shared responsibility",
	"We are committed to a stable and sovereign partner",
	"The threat has changed but it has not gone away",
	"Every step will be coordinated with the government",
	"Our presence is at the invitation of the host country",
	"We owe it to the families to get this right",
	"The road ahead will not be easy for anyone",
	"We will keep listening to the people of the region",
	"Nobody wants this deployment to last for ever",
	"The partnership is stronger than it has ever been",
}

var outlets = []string{
	"The Daily Ledger", "Capital Wire", "The Morning Post", "Global Dispatch", "The Evening Standard Review",
	"Northern Herald", "The Observer Weekly", "Frontline News", "The Continental", "Harbour Times",
	"The National Desk", "World Affairs Today", "The Correspondent", "Metro Chronicle", "The Gazette",
	"Eastern Courier", "The Sentinel", "Riverside Times", "The Tribune", "Coastal Press",
	"The Register", "Union Daily", "The Monitor", "Highland News", "The Examiner",
	"Southern Star", "The Beacon", "Plains Journal", "The Record", "Valley Voice",
	"The Inquirer", "Atlantic Report", "The Messenger", "Summit Post", "The Clarion",
	"Bay News", "The Herald Online", "Frontier Times", "The Dispatch", "Central Review",
}

// fillers are news prose that states nothing rules compare.
var fillers = []string{
	"The talks covered trade, energy and security.",
	"Officials did not give further details.",
	"A spokesman for the coalition declined to comment.",
	"Lawmakers are expected to debate the deployment soon.",
	"The mission trains local forces and supports counterterrorism operations.",
	"Critics say the deployment has gone on too long.",
	"Analysts said the decision reflected a shift in priorities.",
	"The ministry said the forces would remain in an advisory role.",
	"Residents said the situation in the capital remained tense.",
	"The announcement came after weeks of negotiations between the two governments.",
	"Diplomats said a final agreement could take months.",
	"The opposition accused the government of failing to consult parliament.",
	"Security has improved in recent months, according to local officials.",
	"Both sides described the meeting as constructive.",
	"Aid groups warned that the humanitarian situation was getting worse.",
	"Officials stressed that no decision had been taken.",
	"The embassy issued a statement welcoming the talks.",
	"The future of the mission has been the subject of intense debate.",
	"Commanders say the troops play a vital role in keeping the peace.",
	"Some politicians have called for a full withdrawal.",
	"Others warn that leaving too soon could undo years of progress.",
	"The government said it remained committed to its partners.",
	"Military officials briefed journalists on the state of the mission.",
	"The region has seen a rise in attacks by armed groups.",
	"Local leaders said they wanted more say over security.",
	"The plan still needs the approval of parliament.",
	"Observers expect the question to return after the elections.",
	"The alliance has stressed that any change would be coordinated.",
	"Families of the soldiers have followed the debate closely.",
	"Both governments said cooperation would continue in other areas.",
	"The statement did not say when the review would end.",
	"Veterans groups urged lawmakers to support the troops.",
	"The base lies on the outskirts of the capital.",
	"Human rights groups have called for an independent inquiry.",
	"Neighbouring countries are watching the situation closely.",
	"Officials said the mission's mandate was under discussion.",
}
