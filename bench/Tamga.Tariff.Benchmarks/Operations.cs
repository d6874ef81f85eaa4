using Tamga.Tariff.ClassifyGoods;
using Tamga.Tariff.LookUpCommodity;
using Tamga.Tariff.SearchTariff;

namespace Tamga.Tariff.Benchmarks;

/// <summary>The operations the public endpoints run, called as the endpoints call them; each returns a count so nothing is optimised away.</summary>
internal sealed class Operations(TariffData data)
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly DateOnly[] Dates = [new(2020, 12, 31), new(2021, 1, 1)];
    private readonly TariffSearch _search = new(data.Catalogue);
    private readonly CommodityLookup _lookup = new(data.Catalogue);
    private readonly Classifier _classifier = new(data.Catalogue, TimeProvider.System);

    public int Matches(string description) => _search.Find(description, Today, 1).Total;

    public int SearchWords(int i) => _search.Find(data.Descriptions[i % data.Descriptions.Count], Today, 20).Results.Count;

    public int SearchCode(int i) => _search.Find(data.Codes[i % data.Codes.Count][..4], Today, 20).Results.Count;

    public int Classify(int i) => _classifier.Classify(data.Descriptions[i % data.Descriptions.Count], 5, Today).Count;

    public int Commodity(int i) => _lookup.Find(data.Codes[i % data.Codes.Count], Dates[i & 1], out _)?.Measures.Count ?? 0;

    public int Heading(int i) => _lookup.Find(data.Codes[i % data.Codes.Count][..4], Today, out _)?.Children.Count ?? 0;
}
