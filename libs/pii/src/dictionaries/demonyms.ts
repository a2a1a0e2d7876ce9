/**
 * What callers say they are ("I'm German", "she's Lithuanian", "my husband's American"): the words for a nationality or a people.
 * Capitalised like names and some of them given names in the lexicons too (Germán), they start no name.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `afghan albanian algerian american angolan argentinian argentine armenian australian austrian azerbaijani bangladeshi belarusian belgian
bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban
cypriot czech danish dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian fijian filipino filipina finnish french
georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian
jamaican japanese jordanian kazakh kenyan korean kosovan kurdish kuwaiti latvian lebanese libyan lithuanian macedonian malawian malaysian
maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian norwegian pakistani
palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi scottish
senegalese serbian singaporean slovak slovakian slovenian somali sudanese spanish swedish swiss syrian taiwanese tajik tanzanian thai
tibetan tongan trinidadian tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
maori māori punjabi gujarati bengali scots kiwi aussie`.split(/\s+/),
);
