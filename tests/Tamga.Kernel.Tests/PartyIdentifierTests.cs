using Tamga.Kernel.Identifiers;

namespace Tamga.Kernel.Tests;

public sealed class PartyIdentifierTests
{
    [Theory]
    [InlineData("GB553202734852", true)]
    [InlineData("GB553202734852000", true)]
    [InlineData("FR12345678901234", true)]
    [InlineData("GB", false)]
    [InlineData("12345678", false)]
    [InlineData("GB 553202734852", false)]
    [InlineData("GB5532027348520001", false)]
    [InlineData("", false)]
    public void IsValid_ChecksTheForm(string value, bool valid) => Assert.Equal(valid, PartyIdentifier.IsValid(value));
}
