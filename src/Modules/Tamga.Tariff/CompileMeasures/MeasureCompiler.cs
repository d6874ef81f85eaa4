using System.Globalization;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Contracts;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.CompileMeasures;

/// <summary>
/// Turns a tariff snapshot into a <see cref="MeasureTable"/>: the measures of the national tariff whose type has a
/// national tax type, with their components, dates and seasons as flat arrays. Measures waiting for an event
/// (<see cref="Measure.PendingUntil"/>) apply on no date and are left out; so are measure types without a tax type
/// (prohibitions, quotas without rate data).
/// </summary>
internal static class MeasureCompiler
{
    private const string TaxedNomenclature = NomenclatureVersion.UkTariff;

    public static MeasureTable Compile(TariffSnapshot snapshot)
    {
        var taxTypes = NationalTaxData.TaxTypes.Select(t => t.TaxType).Distinct().ToList();
        var taxTypeOf = NationalTaxData.TaxTypes.ToDictionary(t => t.MeasureType, t => taxTypes.IndexOf(t.TaxType), StringComparer.Ordinal);
        var builder = new Builder(taxTypeOf);

        var byLine = snapshot.Measures
            .Where(m => m.NomenclatureId == TaxedNomenclature && m.PendingUntil is null && taxTypeOf.ContainsKey(m.MeasureType))
            .ToLookup(m => m.GoodsCode, StringComparer.Ordinal);

        var lineCodes = snapshot.Lines.Values.Where(l => l.VersionId == TaxedNomenclature).Select(l => l.Code).Order(StringComparer.Ordinal).ToList();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineStart = new int[lineCodes.Count];
        var lineCount = new int[lineCodes.Count];
        for (var i = 0; i < lineCodes.Count; i++)
        {
            lines[lineCodes[i]] = i;
            lineStart[i] = builder.Measures.Count;
            foreach (var measure in byLine[lineCodes[i]])
            {
                builder.Add(measure);
            }

            lineCount[i] = builder.Measures.Count - lineStart[i];
        }

        var everyLineStart = builder.Measures.Count;
        foreach (var measure in byLine[""])
        {
            builder.Add(measure);
        }

        foreach (var rate in NationalTaxData.AdditionalCodeRates.Where(r => taxTypeOf.ContainsKey(r.MeasureType)))
        {
            builder.AddAdditionalCodeRate(rate);
        }

        foreach (var excise in NationalTaxData.ExciseRates.Where(r => taxTypeOf.ContainsKey(r.MeasureType)))
        {
            builder.AddExcise(excise);
        }

        foreach (var preference in NationalTaxData.Preferences.Where(p => taxTypeOf.ContainsKey(p.MeasureType)))
        {
            builder.AddOriginPreference(preference);
        }

        foreach (var quota in NationalTaxData.Quotas)
        {
            var measureType = quota.Preferences.Any(p => p.StartsWith('1')) || quota.Preferences.Count == 0 ? MeasureTypes.NonPreferentialQuota : MeasureTypes.PreferentialQuota;
            if (taxTypeOf.ContainsKey(measureType))
            {
                builder.AddQuota(quota, measureType);
            }
        }

        return new MeasureTable(
            NationalTaxData.Currency,
            taxTypes,
            lines,
            lineStart,
            lineCount,
            [.. builder.Measures],
            everyLineStart,
            builder.Measures.Count - everyLineStart,
            [.. builder.Components],
            [.. builder.Seasons],
            [.. builder.Texts],
            NationalTaxData.Correlations.Where(c => lines.ContainsKey(c.Line)).ToList(),
            NationalTaxData.Reliefs,
            NationalTaxData.OtherTerritory)
        {
            AdditionalCodeScopes = NationalTaxData.AdditionalCodeScopes,
            Quotas = NationalTaxData.Quotas,
            ReportingThreshold = NationalTaxData.ReportingThreshold,
        };
    }

    /// <summary>The quantity a specific rate's unit counts, and how many of it the rate is per.</summary>
    public static (QuantityBasis Basis, decimal Size) Quantity(string? unit, string? qualifier)
    {
        if (qualifier is not (null or "N"))
        {
            // Drained weight, dry matter, lactic matter, alcohol…: not the declared net mass or units.
            return (QuantityBasis.None, 0m);
        }

        return unit switch
        {
            MeasurementUnits.Kilogram => (QuantityBasis.NetMass, 1m),
            MeasurementUnits.HundredKilograms => (QuantityBasis.NetMass, 100m),
            MeasurementUnits.Tonne => (QuantityBasis.NetMass, 1000m),
            MeasurementUnits.Item or MeasurementUnits.Litre or MeasurementUnits.Metre or MeasurementUnits.SquareMetre or MeasurementUnits.CubicMetre => (QuantityBasis.SupplementaryUnits, 1m),
            MeasurementUnits.Hectolitre or MeasurementUnits.HundredMetres => (QuantityBasis.SupplementaryUnits, 100m),
            MeasurementUnits.ThousandItems => (QuantityBasis.SupplementaryUnits, 1000m),
            _ => (QuantityBasis.None, 0m),
        };
    }

    private sealed class Builder(Dictionary<string, int> taxTypeOf)
    {
        public List<CompiledMeasure> Measures { get; } = [];

        public List<RateComponent> Components { get; } = [];

        public List<int> Seasons { get; } = [];

        public List<MeasureText> Texts { get; } = [];

        public void Add(Measure measure)
        {
            var seasonStart = Seasons.Count;
            var windows = measure.Season is null ? [] : SeasonWindow.ParseList(measure.Season);
            foreach (var window in windows)
            {
                Seasons.Add((window.StartMonth * 100) + window.StartDay);
                Seasons.Add((window.EndMonth * 100) + window.EndDay);
            }

            var componentStart = Components.Count;
            foreach (var component in measure.Components)
            {
                Components.Add(Compile(component));
            }

            Texts.Add(new MeasureText(
                measure.MeasureType,
                MeasureTypes.Describe(measure.MeasureType),
                measure.Expression ?? "",
                measure.LegalBase));
            Measures.Add(new CompiledMeasure(
                taxTypeOf[measure.MeasureType],
                measure.MeasureType,
                measure.OriginArea,
                measure.ValidFrom.DayNumber,
                (measure.ValidTo ?? DateOnly.MaxValue).DayNumber,
                seasonStart,
                windows.Count,
                componentStart,
                measure.Components.Count,
                AdditionalCode: null,
                measure.AgreementCode is null ? null : PreferenceOf(measure.MeasureType),
                Texts.Count - 1));
        }

        public void AddAdditionalCodeRate(AdditionalCodeRate rate)
        {
            var componentStart = Components.Count;
            Components.Add(new RateComponent(ComponentClause.Duty, ComponentKind.AdValorem, rate.Rate, null, null, QuantityBasis.None, 0m));
            Texts.Add(new MeasureText(rate.MeasureType, rate.Description, rate.Rate.ToString("0.##", CultureInfo.InvariantCulture) + "%", rate.LegalBase));
            Measures.Add(new CompiledMeasure(
                taxTypeOf[rate.MeasureType],
                rate.MeasureType,
                CompiledMeasure.AnyOrigin,
                rate.ValidFrom.DayNumber,
                DateOnly.MaxValue.DayNumber,
                Seasons.Count,
                0,
                componentStart,
                1,
                rate.AdditionalCode,
                null,
                Texts.Count - 1));
        }

        public void AddExcise(ExciseRate rate)
        {
            var componentStart = Components.Count;
            Components.Add(new RateComponent(ComponentClause.Duty, ComponentKind.Specific, rate.Rate, NationalTaxData.Currency, rate.Unit, rate.Basis, rate.UnitSize));
            Texts.Add(new MeasureText(rate.MeasureType, rate.Description, rate.Rate.ToString("0.00", CultureInfo.InvariantCulture) + " GBP / " + (rate.UnitSize == 1m ? "" : rate.UnitSize.ToString("0", CultureInfo.InvariantCulture) + " ") + rate.Unit, rate.LegalBase));
            Measures.Add(new CompiledMeasure(
                taxTypeOf[rate.MeasureType],
                rate.MeasureType,
                CompiledMeasure.AnyOrigin,
                rate.ValidFrom.DayNumber,
                (rate.ValidTo ?? DateOnly.MaxValue).DayNumber,
                Seasons.Count,
                0,
                componentStart,
                1,
                rate.AdditionalCode,
                null,
                Texts.Count - 1));
        }

        /// <summary>
        /// The in-quota rate of a tariff quota, on every line, selected only by an item's quota part (its allocation); the
        /// assessor checks that the quota covers the goods and origin before it asks for the quota part.
        /// </summary>
        public void AddQuota(TariffQuotaTerms quota, string measureType)
        {
            var componentStart = Components.Count;
            Components.Add(new RateComponent(ComponentClause.Duty, ComponentKind.AdValorem, quota.InQuotaRate, null, null, QuantityBasis.None, 0m));
            Texts.Add(new MeasureText(
                measureType,
                MeasureTypes.Describe(measureType) + " " + quota.OrderNumber + " (" + quota.Description + ")",
                quota.InQuotaRate.ToString("0.##", CultureInfo.InvariantCulture) + "%",
                quota.LegalBase));
            Measures.Add(new CompiledMeasure(
                taxTypeOf[measureType],
                measureType,
                CompiledMeasure.AnyOrigin,
                quota.PeriodStart.DayNumber,
                quota.PeriodEnd.DayNumber,
                Seasons.Count,
                0,
                componentStart,
                1,
                null,
                null,
                Texts.Count - 1,
                quota.OrderNumber));
        }

        /// <summary>One measure per country of the group, on every line: the preferential rate for goods of that origin.</summary>
        public void AddOriginPreference(OriginPreference preference)
        {
            var componentStart = Components.Count;
            Components.Add(new RateComponent(ComponentClause.Duty, ComponentKind.AdValorem, preference.Rate, null, null, QuantityBasis.None, 0m));
            Texts.Add(new MeasureText(
                preference.MeasureType,
                MeasureTypes.Describe(preference.MeasureType) + " (" + preference.Group + " origin)",
                preference.Rate.ToString("0.##", CultureInfo.InvariantCulture) + "%",
                preference.LegalBase));
            foreach (var country in preference.Countries)
            {
                Measures.Add(new CompiledMeasure(
                    taxTypeOf[preference.MeasureType],
                    preference.MeasureType,
                    country,
                    preference.ValidFrom.DayNumber,
                    DateOnly.MaxValue.DayNumber,
                    Seasons.Count,
                    0,
                    componentStart,
                    1,
                    null,
                    preference.Preference,
                    Texts.Count - 1));
            }
        }

        private static RateComponent Compile(MeasureComponent component)
        {
            var clause = component.Clause switch
            {
                DutyClause.Minimum => ComponentClause.Minimum,
                DutyClause.Maximum => ComponentClause.Maximum,
                _ => ComponentClause.Duty,
            };
            if (component.Kind == DutyKind.AdValorem && component.Rate is { } percent)
            {
                return new RateComponent(clause, ComponentKind.AdValorem, percent, null, null, QuantityBasis.None, 0m);
            }

            if (component.Kind == DutyKind.Specific && component.Rate is { } amount)
            {
                var (basis, size) = Quantity(component.Unit, component.Qualifier);
                return new RateComponent(clause, basis == QuantityBasis.None ? ComponentKind.NotComputable : ComponentKind.Specific, amount, component.Currency, component.Unit, basis, size);
            }

            return new RateComponent(clause, ComponentKind.NotComputable, 0m, component.Currency, component.Unit, QuantityBasis.None, 0m);
        }

        /// <summary>The DE 4/17 preference a measure type is claimed with (TARIC/UK: 1xx erga omnes, 2xx GSP, 3xx agreements; x2x with a quota).</summary>
        private static string? PreferenceOf(string measureType) => measureType switch
        {
            MeasureTypes.TariffPreference => "300",
            MeasureTypes.PreferentialQuota => "320",
            _ => null,
        };
    }
}
