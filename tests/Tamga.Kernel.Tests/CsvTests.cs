using Tamga.Platform.Text;

namespace Tamga.Kernel.Tests;

public sealed class CsvTests
{
    [Fact]
    public void Read_HandlesQuotesCommasNewLinesAndBom()
    {
        var rows = Csv.Read(new StringReader("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z")).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["a", "b"], rows[0]);
        Assert.Equal(["x, y", "say \"hi\""], rows[1]);
        Assert.Equal(["multi\nline", "z"], rows[2]);
    }

    [Fact]
    public void ReadWithHeader_GivesLineNumbersAndNamedColumns()
    {
        var rows = Csv.ReadWithHeader(new StringReader("code,description\nXI,Northern Ireland\nZU,Shelf")).ToList();
        Assert.Equal(2, rows[0].Line);
        Assert.Equal("Northern Ireland", rows[0].Row["description"]);
        Assert.Equal("ZU", rows[1].Row["CODE"]);
    }
}
