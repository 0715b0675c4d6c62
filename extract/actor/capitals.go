package actor

// capitalCities are the capital cities of the states, by ISO 3166 alpha-3
// code (the first three letters of a CAMEO country code), as news names
// them: "the Omani capital" is Muscat. Written for Chronicle by its
// developers; where a state names two capitals, the seat of government.
var capitalCities = map[string]string{
	"AFG": "Kabul", "ALB": "Tirana", "DZA": "Algiers", "AND": "Andorra la Vella", "AGO": "Luanda",
	"ATG": "St. John's", "ARG": "Buenos Aires", "ARM": "Yerevan", "AUS": "Canberra", "AUT": "Vienna",
	"AZE": "Baku", "BHS": "Nassau", "BHR": "Manama", "BGD": "Dhaka", "BRB": "Bridgetown", "BLR": "Minsk",
	"BEL": "Brussels", "BLZ": "Belmopan", "BEN": "Porto-Novo", "BTN": "Thimphu", "BOL": "La Paz",
	"BIH": "Sarajevo", "BWA": "Gaborone", "BRA": "Brasilia", "BRN": "Bandar Seri Begawan", "BGR": "Sofia",
	"BFA": "Ouagadougou", "BDI": "Gitega", "CPV": "Praia", "KHM": "Phnom Penh", "CMR": "Yaounde",
	"CAN": "Ottawa", "CAF": "Bangui", "TCD": "N'Djamena", "CHL": "Santiago", "CHN": "Beijing", "COL": "Bogota",
	"COM": "Moroni", "COG": "Brazzaville", "COD": "Kinshasa", "CRI": "San Jose", "CIV": "Abidjan",
	"HRV": "Zagreb", "CUB": "Havana", "CYP": "Nicosia", "CZE": "Prague", "DNK": "Copenhagen", "DJI": "Djibouti",
	"DMA": "Roseau", "DOM": "Santo Domingo", "ECU": "Quito", "EGY": "Cairo", "SLV": "San Salvador",
	"GNQ": "Malabo", "ERI": "Asmara", "EST": "Tallinn", "SWZ": "Mbabane", "ETH": "Addis Ababa", "FJI": "Suva",
	"FIN": "Helsinki", "FRA": "Paris", "GAB": "Libreville", "GMB": "Banjul", "GEO": "Tbilisi", "DEU": "Berlin",
	"GHA": "Accra", "GRC": "Athens", "GRD": "St. George's", "GTM": "Guatemala City", "GIN": "Conakry",
	"GNB": "Bissau", "GUY": "Georgetown", "HTI": "Port-au-Prince", "HND": "Tegucigalpa", "HUN": "Budapest",
	"ISL": "Reykjavik", "IND": "New Delhi", "IDN": "Jakarta", "IRN": "Tehran", "IRQ": "Baghdad", "IRL": "Dublin",
	"ISR": "Jerusalem", "ITA": "Rome", "JAM": "Kingston", "JPN": "Tokyo", "JOR": "Amman", "KAZ": "Astana",
	"KEN": "Nairobi", "KIR": "Tarawa", "PRK": "Pyongyang", "KOR": "Seoul", "KWT": "Kuwait City", "KGZ": "Bishkek",
	"LAO": "Vientiane", "LVA": "Riga", "LBN": "Beirut", "LSO": "Maseru", "LBR": "Monrovia", "LBY": "Tripoli",
	"LIE": "Vaduz", "LTU": "Vilnius", "LUX": "Luxembourg", "MDG": "Antananarivo", "MWI": "Lilongwe",
	"MYS": "Kuala Lumpur", "MDV": "Male", "MLI": "Bamako", "MLT": "Valletta", "MHL": "Majuro", "MRT": "Nouakchott",
	"MUS": "Port Louis", "MEX": "Mexico City", "FSM": "Palikir", "MDA": "Chisinau", "MCO": "Monaco",
	"MNG": "Ulaanbaatar", "MNE": "Podgorica", "MAR": "Rabat", "MOZ": "Maputo", "MMR": "Naypyidaw",
	"NAM": "Windhoek", "NRU": "Yaren", "NPL": "Kathmandu", "NLD": "Amsterdam", "NZL": "Wellington",
	"NIC": "Managua", "NER": "Niamey", "NGA": "Abuja", "MKD": "Skopje", "NOR": "Oslo", "OMN": "Muscat",
	"PAK": "Islamabad", "PLW": "Ngerulmud", "PSE": "Ramallah", "PAN": "Panama City", "PNG": "Port Moresby",
	"PRY": "Asuncion", "PER": "Lima", "PHL": "Manila", "POL": "Warsaw", "PRT": "Lisbon", "QAT": "Doha",
	"ROU": "Bucharest", "RUS": "Moscow", "RWA": "Kigali", "KNA": "Basseterre", "LCA": "Castries",
	"VCT": "Kingstown", "WSM": "Apia", "SMR": "San Marino", "STP": "Sao Tome", "SAU": "Riyadh", "SEN": "Dakar",
	"SRB": "Belgrade", "SYC": "Victoria", "SLE": "Freetown", "SGP": "Singapore", "SVK": "Bratislava",
	"SVN": "Ljubljana", "SLB": "Honiara", "SOM": "Mogadishu", "ZAF": "Pretoria", "SSD": "Juba", "ESP": "Madrid",
	"LKA": "Colombo", "SDN": "Khartoum", "SUR": "Paramaribo", "SWE": "Stockholm", "CHE": "Bern", "SYR": "Damascus",
	"TWN": "Taipei", "TJK": "Dushanbe", "TZA": "Dodoma", "THA": "Bangkok", "TLS": "Dili", "TGO": "Lome",
	"TON": "Nuku'alofa", "TTO": "Port of Spain", "TUN": "Tunis", "TUR": "Ankara", "TKM": "Ashgabat",
	"TUV": "Funafuti", "UGA": "Kampala", "UKR": "Kyiv", "ARE": "Abu Dhabi", "GBR": "London", "USA": "Washington",
	"URY": "Montevideo", "UZB": "Tashkent", "VUT": "Port Vila", "VAT": "Vatican City", "VEN": "Caracas",
	"VNM": "Hanoi", "YEM": "Sanaa", "ZMB": "Lusaka", "ZWE": "Harare", "XKX": "Pristina", "HKG": "Hong Kong",
}

// Capital returns the capital of the state whose code code begins with
// ("OMN", "OMNGOV"), or "".
func Capital(code string) string {
	if len(code) < 3 {
		return ""
	}
	return capitalCities[code[:3]]
}
