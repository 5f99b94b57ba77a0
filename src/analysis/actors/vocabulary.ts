/** Word lists that drive the actor rules: titles, organisation and place suffixes, words that are never names. */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Title and role head words, lower case: "Foreign Minister", "Secretary of State", "Mr". */
export const TITLE_WORDS = words(`
president vice prime minister secretary deputy chancellor emir sheikh sheikha king queen prince princess crown
mr mrs ms miss mx dr prof professor sir lord lady dame general gen lieutenant lt colonel col captain capt
admiral adm sergeant sgt corporal commander marshal brigadier senator sen rep representative congressman
congresswoman governor gov mayor judge justice chief ambassador envoy spokesman spokeswoman spokesperson director
chairman chairwoman ceo commissioner pope cardinal bishop archbishop rabbi imam ayatollah pastor reverend rev
father premier leader patriarch speaker attorney coach detective inspector superintendent president-elect secretary-general counsellor counselor adviser advisor
aide consul tsar czar sultan shah pharaoh emperor empress duke duchess countess baron baroness
administrator nominee candidate co-star author writer poet novelist composer painter artist architect actor actress
singer musician producer critic journalist presenter anchor lawyer physicist chemist biologist mathematician scientist
economist historian philosopher linguist astronaut activist businessman businesswoman entrepreneur filmmaker
photographer researcher interviewee teammate striker goalkeeper midfielder defender pitcher quarterback rapper comedian
`);

/** Titles that are not part of a role ("Mr", "Sheikh"): kept out of `role`. */
export const HONORIFICS = words(`mr mrs ms miss mx dr sir dame sheikh sheikha lord lady rev reverend`);

/** Words that qualify a title ("Foreign Minister", "Secretary of State", "Minister of Foreign Affairs"). */
export const ROLE_QUALIFIERS = words(`
foreign defense defence interior home finance treasury state affairs health justice economy economic education
energy trade commerce agriculture labor labour transport homeland security culture environment national general
executive press first senior former acting deputy vice chief supreme foreign-policy military armed forces staff
`);

/** Last words that make a capitalised sequence an organisation. */
export const ORGANIZATION_SUFFIXES = words(`
ministry department council agency party company committee commission parliament union organization organisation
bank army navy court university institute corporation corp inc ltd llc plc group office service services force forces
assembly senate congress association foundation fund news times post journal herald tribune gazette daily telegraph
network channel radio tv television broadcasting press media magazine club league federation alliance coalition
front movement church college school academy museum hospital administration authority government cabinet bureau
board guard police embassy consulate mission directorate command brigade regiment battalion division society
institution center centre laboratory laboratories airlines airways railways motors industries holdings bureau team
`);

/** First words of organisation names built with "of"/"for": "Bank of England", "University of Chicago". */
export const ORGANIZATION_HEADS = words(`
ministry department council agency organization organisation bank university institute court house office
commission committee association federation union league church college school academy museum party board
bureau society order fund`);

/** Last words that make a capitalised sequence a place. */
export const PLACE_SUFFIXES = words(`
river mountains mountain island islands sea ocean valley street square avenue county province region oblast
district bay lake peninsula strait straits desert coast city town village state territory canal park heights
hills plain plains krai republic palace castle cathedral stadium airport bridge tower`);

/** Words that make a capitalised sequence a treaty, event, product or period rather than an actor. */
export const NON_ACTOR_WORDS = words(`
agreement agreements accord accords treaty protocol protocols stream pipeline war wars summit games olympics cup
award awards prize act plan doctrine pact deal declaration charter convention initiative format process revolution
crisis day eve week festival olympics olympic paralympics paralympic hajj ramadan christmas easter championship championships tournament conference forum election elections referendum
operation exercise exercises program programme project law bill code constitution era age empire dynasty
hurricane cyclone typhoon shuttle spacecraft battle siege massacre uprising bible gospel gospels koran quran torah
talmud presidency
`);

/** Lower-case nouns right after a place name that make it part of a treaty or product name ("Minsk agreements"). */
export const TREATY_NOUNS = words(`agreement agreements accord accords treaty protocol format pipeline memorandum pact deal declaration`);

/**
 * Lower-case nouns that announce the title of a work or the name of a vessel right after them ("the novel Silent
 * Spring", "the cruise ship Seabird"). Verbs that read the same ("show", "play") are left out: "polls show Smith ahead".
 */
export const WORK_NOUNS = words(`
book novel novella memoir biography film movie documentary sitcom series miniseries episode musical opera album song
poem sculpture comedy drama thriller titled entitled ship vessel yacht spacecraft satellite
`);

/**
 * Lower-case nouns after an unknown capitalised name that make it the name of a thing ("the Polaris mission", "a
 * Polaris telescope"). Nouns a person or a firm often qualifies ("the Smith campaign", "a Creative Commons licence",
 * "the HBO series") are left out.
 */
export const ARTIFACT_NOUNS = words(`
mission spacecraft satellite rover capsule orbiter telescope software installation initiative franchise trilogy
`);

export const MONTHS_AND_WEEKDAYS = words(`
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`);

/** Function words and sentence openers that are never names, lower case. */
export const COMMON_WORDS = words(`
a an the this that these those there here then than thus so such some any all each every both either neither no not
nor none one two three four five six seven eight nine ten first second third last next other another many much more
most few fewer less least several i we you he she it they me us him her them my our your his its their mine ours
yours hers theirs who whom whose which what when where why how whether if unless because since while although though
as at by for from in into of off on onto out over per to toward towards under until up upon via with within without
about above across after against along amid among around before behind below beneath beside besides between beyond
despite during except inside like near outside past through throughout till and but or yet also already always
never ever often sometimes still just only even however meanwhile moreover furthermore nevertheless nonetheless
therefore hence instead otherwise indeed perhaps maybe yes well now today yesterday tomorrow tonight earlier later
once again further finally first firstly secondly lastly according read see watch listen photo photos video image
source sources advertisement related update updated breaking exclusive analysis opinion comment editorial live
please thanks thank dear hello hi oh ok okay let let's it's that's there's here's what's who's he's she's we're
they're i'm i've i'd you're don't doesn't didn't can't won't isn't aren't wasn't weren't be is are was were been
being have has had do does did will would shall should can could may might must said says say told asked added
according despite unlike following regarding concerning given including especially particularly notably mostly
new old big small good bad great high low long short early late many recent recently currently previously
apparently actually clearly certainly probably possibly obviously officially reportedly allegedly initially
reply replies comment comments share login log sign subscribe menu home search email newsletter cookies privacy
policy terms contact print skip tags tagged posted filed continue click download internet web
`);

/** Acronyms and capitalised tokens that are not actors. */
export const NON_ACTOR_ACRONYMS = words(`
TV OK AM PM CEO CFO COO CTO GDP ID DNA AI PR IT PhD MA BA BSc MSc COVID COVID-19 HIV AIDS UFO FAQ USB PDF CD DVD GPS
MP MPs VIP VIPs NGO NGOs HQ ETA RSVP PS NB FYI LOL USD EUR RUB GBP UAH CO2 LNG LGBT LGBTQ SUV SMS II III IV VI VII
VIII IX XI XII XX XXI ASAP DIY IQ TBA TBD PIN URL HTML API Q A I GMT UTC EST EDT PST PDT BST CET CEST AD BC CE BCE
Ph WHEREAS RSS FAQ
`);

/** Lower-case name particles allowed inside a personal name ("Tamim bin Hamad al-Thani", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(`bin ibn bint binti al el de da di del della der den van von du le la dos das y zu ter ten`);

/** Nationality and group adjectives beyond the country data's demonyms. */
export const EXTRA_ADJECTIVES = words(`
European Western Eastern Northern Southern Soviet Arab Arabic Asian African Latin Slavic Baltic Nordic Scandinavian
Transatlantic Euro-Atlantic Kurdish Palestinian Jewish Muslim Christian Catholic Orthodox Protestant Sunni Shia
Shiite Islamic Islamist Hindu Buddhist English Scottish Welsh Irish Flemish Basque Catalan Crimean Chechen Tatar
Western-backed pro-Russian Pro-Russian Anglo-Saxon Allied Atlantic Caucasian Siberian Bavarian Texan Californian
Republican Republicans Democratic Democrat Democrats Liberal Liberals Socialist Socialists Communist Communists
Westerner Easterner Northerner Southerner Europeans Westerners Easterners Asians Africans Arabs Muslims Christians Jews
`);
