using System.Globalization;
using System.Xml.Linq;
using Tamga.Declarations.Contracts;

namespace Tamga.Revenue.AssessCommand;

/// <summary>
/// Applies the pointer amendments of a WCO DEC-DMS additional message (function code 13, type <c>COR</c>) to the facts of
/// the original declaration, for the samples check: the DMSTAX that follows an amendment assesses the declaration as
/// amended. Each <c>Amendment</c> names what it changes by a path of <c>Pointer</c>s (document section codes with
/// sequence numbers, the last with the WCO tag ID); the new value sits in the message's own declaration tree. Only the
/// data elements that bear on the assessment are applied — DE 4/14 item price (<c>68A</c> goods item → <c>23A</c>
/// commodity → <c>79A</c> invoice line, tag 112); every other pointer is reported as left out.
/// </summary>
internal static class PointerAmendments
{
    /// <summary>One amendment read from a message: applied (with what changed) or left out (with why).</summary>
    public sealed record Change(bool Applied, string Description);

    public static (DeclarationFacts Facts, List<Change> Changes) Apply(DeclarationFacts facts, byte[] message, string name)
    {
        var changes = new List<Change>();
        XDocument document;
        try
        {
            using var stream = new MemoryStream(message);
            document = XDocument.Load(stream);
        }
        catch (System.Xml.XmlException e)
        {
            changes.Add(new Change(false, $"{name}: not readable ({e.Message})"));
            return (facts, changes);
        }

        var declaration = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Declaration");
        if (declaration is null)
        {
            changes.Add(new Change(false, $"{name}: no Declaration"));
            return (facts, changes);
        }

        foreach (var amendment in Children(declaration, "Amendment"))
        {
            var pointers = Children(amendment, "Pointer")
                .Select(p => (Section: Child(p, "DocumentSectionCode") ?? "", Sequence: Child(p, "SequenceNumeric"), Tag: Child(p, "TagID")))
                .ToList();
            var path = string.Join("/", pointers.Select(p => p.Section + (p.Sequence is null ? "" : "[" + p.Sequence + "]") + (p.Tag is null ? "" : "#" + p.Tag)));
            var item = pointers.FirstOrDefault(p => p.Section == "68A").Sequence;
            var last = pointers.Count == 0 ? default : pointers[^1];
            if (last.Section == "79A" && last.Tag == "112" && int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                var price = ItemPrice(declaration, sequence);
                var index = facts.Items.ToList().FindIndex(i => i.Sequence == sequence);
                if (price is null || index < 0)
                {
                    changes.Add(new Change(false, $"{name}: {path} (item {sequence} price) has no new value or no such item"));
                    continue;
                }

                var items = facts.Items.ToList();
                var before = items[index];
                items[index] = before with { ItemAmount = price.Value.Amount, ItemCurrency = price.Value.Currency ?? before.ItemCurrency };
                facts = facts with { Items = items };
                changes.Add(new Change(true, string.Create(CultureInfo.InvariantCulture,
                    $"{name}: item {sequence} price (DE 4/14) {before.ItemAmount:0.##} → {price.Value.Amount:0.##} {price.Value.Currency ?? before.ItemCurrency}")));
            }
            else
            {
                changes.Add(new Change(false, $"{name}: {path} left out (does not bear on the assessment, or not applied by the check)"));
            }
        }

        return (facts, changes);
    }

    private static (decimal Amount, string? Currency)? ItemPrice(XElement declaration, int sequence)
    {
        var goods = Children(declaration, "GoodsShipment")
            .SelectMany(s => Children(s, "GovernmentAgencyGoodsItem"))
            .FirstOrDefault(g => Child(g, "SequenceNumeric") == sequence.ToString(CultureInfo.InvariantCulture));
        var amount = goods is null ? null : Children(goods, "Commodity").SelectMany(c => Children(c, "InvoiceLine")).SelectMany(l => Children(l, "ItemChargeAmount")).FirstOrDefault();
        if (amount is null || !decimal.TryParse(amount.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (value, amount.Attribute("currencyID")?.Value);
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    private static string? Child(XElement parent, string name) => Children(parent, name).FirstOrDefault()?.Value.Trim();
}
