/**
 * Hand-kept gazetteer lists that the country data package does not cover: places beyond countries and
 * capitals, international bodies, government bodies, media and companies. Each line is
 * `Canonical name|alias|alias`. General knowledge only; an analyst adds the rest through the registry.
 */

/** Regions, areas and major non-capital cities. */
export const PLACES = `
Europe|European continent
Asia
Africa
North America
South America
Latin America
Central America
Middle East|Mideast
Near East
Far East
Central Asia
South Asia
Southeast Asia|South-East Asia
East Asia
Western Europe
Eastern Europe
Central Europe
Northern Europe
Southern Europe
Balkans|Western Balkans
Caucasus|South Caucasus|North Caucasus
Baltics|Baltic states
Scandinavia
Siberia
Arctic
Antarctic
Sahel
Sahara
Caribbean
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Mediterranean|Mediterranean Sea
Black Sea
Baltic Sea
Red Sea
Caspian Sea
South China Sea
Persian Gulf|Gulf
Horn of Africa
Earth
West
Crimea|Crimean peninsula
Donbas|Donbass
Kashmir
Tibet
Xinjiang
Gaza|Gaza Strip
West Bank
Golan Heights
Kurdistan
Chechnya
Soviet Union|USSR|U.S.S.R.
Yugoslavia
Czechoslovakia
East Germany|GDR
West Germany
Transnistria
Abkhazia
South Ossetia
Nagorno-Karabakh
Kaliningrad
Hong Kong
Taiwan
England
Scotland
Wales
Northern Ireland
Bavaria
Catalonia
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York State
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
British Columbia
Alberta
New York|New York City|NYC
Washington|Washington, D.C.|Washington DC|Washington D.C.
Los Angeles|LA
Chicago
Houston
Philadelphia
Phoenix
San Diego
San Francisco
Seattle
Boston
Miami
Atlanta
Dallas
Detroit
Las Vegas
New Orleans
Denver
Baltimore
Pittsburgh
Toronto
Montreal
Vancouver
Sydney
Melbourne
Rio de Janeiro
São Paulo|Sao Paulo
Shanghai
Mumbai|Bombay
Kolkata|Calcutta
Karachi
Lahore
Istanbul
Dubai
Jeddah
Alexandria
Lagos
Johannesburg
Cape Town
St. Petersburg|Saint Petersburg|St Petersburg|Petersburg
Novosibirsk
Yekaterinburg
Vladivostok
Sochi
Rostov-on-Don|Rostov
Volgograd
Kazan
Grozny
Sevastopol
Simferopol
Kharkiv|Kharkov
Odesa|Odessa
Lviv|Lvov
Dnipro|Dnipropetrovsk
Donetsk
Luhansk|Lugansk
Mariupol
Zaporizhzhia|Zaporozhye
Kherson
Gomel
Munich
Hamburg
Frankfurt
Cologne
Milan
Naples
Venice
Florence
Barcelona
Marseille
Lyon
Geneva
Zurich
Strasbourg
Manchester
Liverpool
Birmingham
Edinburgh
Glasgow
Davos
Salisbury
Aleppo
Mosul
Basra
Benghazi
Kandahar
Tel Aviv
Osaka
Kyoto
Busan
Kiev|Kyiv
`;

/** International bodies, government bodies, parties and armed forces. */
export const ORGANIZATIONS = `
United Nations|UN|U.N.
UN Security Council|United Nations Security Council|Security Council|UNSC
UN General Assembly|United Nations General Assembly|General Assembly
UN Human Rights Council|Human Rights Council
NATO|North Atlantic Treaty Organization|Nato|North Atlantic Alliance|Atlantic Alliance
European Union|EU|E.U.
European Commission
European Parliament
European Council
Council of Europe
European Central Bank|ECB
Organization for Security and Cooperation in Europe|OSCE|Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe
World Health Organization|WHO
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
OPEC
NASA
European Space Agency|ESA
Roscosmos
G7|Group of Seven
G20|Group of 20
African Union
Arab League
ASEAN
Interpol
Red Cross|International Committee of the Red Cross|ICRC
International Atomic Energy Agency|IAEA
UNESCO
UNICEF
UNHCR
International Criminal Court|ICC
International Court of Justice|ICJ
Amnesty International
Human Rights Watch
Greenpeace
Doctors Without Borders|MSF
Collective Security Treaty Organization|CSTO
Shanghai Cooperation Organisation|SCO
Commonwealth of Independent States|CIS
Eurasian Economic Union
BRICS
OECD
FIFA
International Olympic Committee|IOC
Kremlin
White House
Pentagon
US State Department|State Department|U.S. State Department|Department of State
US Congress|Congress|U.S. Congress
US Senate|Senate
House of Representatives
House of Commons
House of Lords
Downing Street
Élysée|Elysee|Élysée Palace|Elysee Palace
Bundestag
Bundeswehr
Duma|State Duma
Federation Council
Verkhovna Rada|Rada
Knesset
Supreme Court
CIA
FBI
NSA
KGB
FSB
GRU
SBU
MI6
MI5
Mossad
Foreign Office
Home Office
Federal Reserve|Fed
Bank of England
Taliban
Hamas
Hezbollah
Islamic State|ISIS|ISIL
Al-Qaeda|al-Qaeda|Al Qaeda
Wagner Group|Wagner
Red Army
Democratic Party
Republican Party|GOP
Conservative Party|Tories
Labour Party|Labour
United Russia
Communist Party
`;

/** News agencies, newspapers, broadcasters. */
export const MEDIA = `
TASS|Itar-Tass|ITAR-TASS|Tass
Ria Novosti|RIA Novosti|RIA
Interfax
Sputnik
RT|Russia Today
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
BBC
CNN
Fox News
MSNBC
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR
PBS
Al Jazeera
Al Arabiya
Euronews
Deutsche Welle|DW
France 24
Xinhua
Kyodo
Yonhap
NHK
Ukrinform
UNIAN
Kommersant
Izvestia
Pravda
Vedomosti
Novaya Gazeta
Meduza
Channel One|Channel 1
Der Spiegel|Spiegel
Bild
Die Zeit
Frankfurter Allgemeine Zeitung|FAZ
Süddeutsche Zeitung
Le Monde
Le Figaro
Libération
El País
La Repubblica
Corriere della Sera
ANSA
EFE
Guardian|The Guardian
Financial Times|FT
The Economist|Economist
Daily Telegraph|Telegraph
Daily Mail
The Independent
The Times
New York Times|NYT
Washington Post
Wall Street Journal|WSJ
USA Today
Los Angeles Times
Politico
Axios
Newsweek
VG|Verdens Gang
Aftenposten
NRK
Haaretz
Jerusalem Post
Times of India
South China Morning Post
Global Times
People's Daily
`;

/** Companies and platforms. */
export const COMPANIES = `
Facebook
Twitter
Instagram
YouTube
TikTok
Telegram
WhatsApp
Google
Apple
Microsoft
Amazon
Meta
Gazprom
Rosneft
Lukoil
Naftogaz
Tesla
SpaceX
Boeing
Airbus
Netflix
Samsung
Huawei
Toyota
Volkswagen
Siemens
Shell
ExxonMobil
Chevron
Uber
Wikipedia
Reddit
LinkedIn
IBM
Intel
Nvidia
OpenAI
`;

/** Alternative names of countries that the country data lacks. */
export const COUNTRY_ALIASES = `
United States|America|U.S.|U.S.A.|the States
United Kingdom|Britain|Great Britain|U.K.
Netherlands|Holland
Czechia|Czech Republic
Ivory Coast|Côte d'Ivoire
Myanmar|Burma
Eswatini|Swaziland
North Korea|DPRK
South Korea|Republic of Korea
China|PRC|People's Republic of China
DR Congo|DRC|Democratic Republic of the Congo
Vatican City|Vatican|Holy See
`;
