namespace Tamga.Tariff.Search;

/// <summary>
/// Everyday and commercial words that the nomenclature does not use, with the nomenclature's words for the same
/// goods. A query word adds its nomenclature words to the query (at a lower weight than the words typed).
/// </summary>
/// <remarks>
/// The table is deliberately small and general: each entry is a common trade name whose legal HS term is a
/// different word (a laptop is a "portable automatic data processing machine", beef is "meat of bovine animals").
/// It is not a table of descriptions: no entry names a particular product, brand or declaration. Entries are
/// reviewed like code; see docs/tariff.md.
/// </remarks>
internal static class Synonyms
{
    public static readonly IReadOnlyDictionary<string, string> Table = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Machines and electrical goods: the HS names functions, not trade names.
        ["laptop"] = "portable automatic data processing machines",
        ["notebook"] = "portable automatic data processing machines",
        ["computer"] = "automatic data processing machines",
        ["pc"] = "automatic data processing machines",
        ["server"] = "automatic data processing machines",
        ["tablet"] = "portable automatic data processing machines",
        ["printer"] = "printing machines",
        ["smartphone"] = "telephones cellular networks",
        ["phone"] = "telephones",
        ["mobile"] = "telephones cellular networks",
        ["cellphone"] = "telephones cellular networks",
        ["tv"] = "television receivers",
        ["battery"] = "accumulators cells electric",
        ["batteries"] = "accumulators cells electric",
        ["charger"] = "static converters",
        ["cable"] = "insulated wire conductors",
        ["bulb"] = "lamps",
        ["fridge"] = "refrigerators",
        ["chip"] = "electronic integrated circuits",
        ["microchip"] = "electronic integrated circuits",
        ["semiconductor"] = "semiconductor devices",
        ["drone"] = "unmanned aircraft",
        ["razor"] = "razors shavers",
        ["ventilator"] = "artificial respiration therapeutic respiration apparatus",
        ["respirator"] = "artificial respiration therapeutic respiration apparatus",

        // Vehicles.
        ["car"] = "motor cars vehicles",
        ["automobile"] = "motor cars vehicles",
        ["truck"] = "motor vehicles transport goods",
        ["lorry"] = "motor vehicles transport goods",
        ["bike"] = "bicycles",
        ["motorbike"] = "motorcycles",
        ["scooter"] = "motorcycles",

        // Arms: the HS names military weapons and their parts and accessories.
        ["sniper"] = "military weapons",

        // Clothing and footwear.
        ["shoe"] = "footwear",
        ["shoes"] = "footwear",
        ["sneakers"] = "footwear sports",
        ["trainers"] = "footwear sports",
        ["boots"] = "footwear",
        ["sandals"] = "footwear",
        ["tshirt"] = "t-shirts singlets",
        ["tee"] = "t-shirts singlets",
        ["jumper"] = "jerseys pullovers",
        ["sweater"] = "jerseys pullovers",
        ["hoodie"] = "jerseys pullovers sweatshirts",
        ["jeans"] = "trousers denim",
        ["pants"] = "trousers",
        ["underwear"] = "briefs underpants",
        ["bra"] = "brassieres",
        ["socks"] = "socks hosiery",
        ["jacket"] = "jackets anoraks",

        // Food and drink: the HS names the animal or plant.
        ["beef"] = "meat bovine animals",
        ["veal"] = "meat bovine animals",
        ["pork"] = "meat swine",
        ["ham"] = "hams swine",
        ["bacon"] = "bellies swine",
        ["lamb"] = "meat sheep",
        ["mutton"] = "meat sheep",
        ["chicken"] = "fowls gallus domesticus poultry",
        ["poultry"] = "fowls gallus domesticus",
        ["prawn"] = "shrimps prawns",
        ["prawns"] = "shrimps prawns",
        ["seafood"] = "fish crustaceans molluscs",
        ["liquor"] = "spirituous beverages",
        ["spirits"] = "spirituous beverages",
        ["soda"] = "waters sweetening non-alcoholic beverages",
        ["candy"] = "sugar confectionery",
        ["sweets"] = "sugar confectionery",
        ["chips"] = "potatoes prepared",
        ["crisps"] = "potatoes prepared",
        ["cookies"] = "sweet biscuits",
        ["noodles"] = "pasta",
        ["spaghetti"] = "pasta",
        ["ketchup"] = "tomato sauces",

        // Chemicals, medicines, cosmetics.
        ["medicine"] = "medicaments",
        ["medicines"] = "medicaments",
        ["drug"] = "medicaments",
        ["drugs"] = "medicaments",
        ["pills"] = "medicaments measured doses",
        ["cosmetics"] = "beauty make-up preparations",
        ["makeup"] = "beauty make-up preparations",
        ["shampoo"] = "shampoos preparations hair",
        ["detergent"] = "washing preparations surface-active",
        ["paint"] = "paints varnishes",
        ["glue"] = "adhesives glues",
        ["pesticide"] = "insecticides fungicides herbicides",

        // Materials and household goods.
        ["lumber"] = "wood sawn",
        ["timber"] = "wood",
        ["plywood"] = "plywood veneered panels",
        ["plastic"] = "plastics",
        ["styrofoam"] = "polystyrene",
        ["nylon"] = "polyamides",
        ["polyester"] = "polyesters synthetic",
        ["stainless"] = "stainless steel",
        ["sofa"] = "seats upholstered",
        ["couch"] = "seats upholstered",
        ["chair"] = "seats",
        ["mattress"] = "mattresses bedding",
        ["teddy"] = "stuffed toys representing animals",
        ["plush"] = "stuffed toys",
        ["glasses"] = "spectacles",
        ["sunglasses"] = "sunglasses spectacles",
    };
}
