using System.Globalization;
using System.Text;

namespace Tamga.Declarations.Tests.Hostile;

/// <summary>The hostile inputs too big to keep as files, built on demand.</summary>
internal static class HostileCorpus
{
    private const string MetaDataStart =
        "<md:MetaData xmlns:md=\"urn:wco:datamodel:WCO:DocumentMetaData-DMS:2\" xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\">\n";

    private const string EnvelopeStart =
        "<v1:submitDeclarationRequest xmlns:v1=\"http://uk/gov/hmrc/mdg/declarationmanagement/submitdeclaration/request/schema/v1\">\n";

    public static string Path(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "Hostile", fileName);

    public static byte[] File(string fileName) => System.IO.File.ReadAllBytes(Path(fileName));

    /// <summary>A declaration with <paramref name="depth"/> nested elements inside it.</summary>
    public static byte[] DeeplyNestedDeclaration(int depth)
    {
        var text = new StringBuilder(MetaDataStart).Append("<Declaration><FunctionCode>9</FunctionCode>\n");
        text.Insert(text.Length, "<GoodsShipment>", depth);
        text.Insert(text.Length, "</GoodsShipment>", depth);
        return Encoding.UTF8.GetBytes(text.Append("</Declaration></md:MetaData>").ToString());
    }

    /// <summary>An envelope whose request detail is buried under <paramref name="depth"/> foreign elements.</summary>
    public static byte[] DeeplyNestedEnvelope(int depth)
    {
        var text = new StringBuilder(EnvelopeStart).Append("<v1:requestDetail>");
        text.Insert(text.Length, "<x>", depth);
        text.Insert(text.Length, "</x>", depth);
        return Encoding.UTF8.GetBytes(text.Append("</v1:requestDetail></v1:submitDeclarationRequest>").ToString());
    }

    /// <summary>A well-formed declaration of about <paramref name="bytes"/> bytes (a long description).</summary>
    public static byte[] HugeDeclaration(int bytes)
    {
        var text = new StringBuilder(bytes + 1024).Append(MetaDataStart)
            .Append("<Declaration><FunctionCode>9</FunctionCode><FunctionalReferenceID>HUGE</FunctionalReferenceID><TypeCode>IMA</TypeCode>")
            .Append("<GoodsShipment><GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric><Commodity><Description>");
        text.Append('x', bytes);
        return Encoding.UTF8.GetBytes(text.Append("</Description></Commodity></GovernmentAgencyGoodsItem></GoodsShipment></Declaration></md:MetaData>").ToString());
    }

    /// <summary>A declaration with <paramref name="count"/> minimal goods items.</summary>
    public static byte[] DeclarationWithItems(int count)
    {
        var text = new StringBuilder(MetaDataStart)
            .Append("<Declaration><FunctionCode>9</FunctionCode><FunctionalReferenceID>MANY</FunctionalReferenceID><TypeCode>IMA</TypeCode><GoodsShipment>");
        for (var i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<GovernmentAgencyGoodsItem><SequenceNumeric>{i}</SequenceNumeric></GovernmentAgencyGoodsItem>");
        }

        return Encoding.UTF8.GetBytes(text.Append("</GoodsShipment></Declaration></md:MetaData>").ToString());
    }

    /// <summary>JSON nesting arrays <paramref name="depth"/> deep inside a declaration.</summary>
    public static byte[] DeeplyNestedJson(int depth)
    {
        var text = new StringBuilder("{\"functionCode\":\"9\",\"goodsShipment\":{\"goodsItems\":");
        text.Append('[', depth).Append(']', depth).Append("}}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A JSON declaration with <paramref name="count"/> goods items.</summary>
    public static byte[] JsonDeclarationWithItems(int count)
    {
        var text = new StringBuilder(
            "{\"functionCode\":\"9\",\"functionalReferenceId\":\"MANY-ITEMS\",\"typeCode\":\"IMA\",\"declarant\":{\"id\":\"GB553202734852\"},\"goodsShipment\":{\"goodsItems\":[");
        for (var i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(i > 1 ? "," : "")}{{\"sequence\":{i},\"procedureCode\":\"4000\",\"commodityCode\":\"8510900000\"}}");
        }

        return Encoding.UTF8.GetBytes(text.Append("]}}").ToString());
    }
}

/// <summary>A stream that cannot seek and hands out data in small reads, like a network body.</summary>
internal sealed class TrickleStream(byte[] data) : Stream
{
    private int _position;

    public int BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, 4096), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
