namespace Tamga.Risk.Capacity;

/// <summary>
/// How many controls an office can do in a day: physical examinations (red) and documentary checks (yellow). Null:
/// no limit. Set by a supervisor (or configured under <c>Modules:Risk:OfficeCapacities</c>).
/// </summary>
internal sealed class OfficeCapacity
{
    public string Office { get; set; } = "";

    public int? PhysicalPerDay { get; set; }

    public int? DocumentaryPerDay { get; set; }

    public string SetBy { get; set; } = "";

    public DateTimeOffset SetAt { get; set; }

    public object View() => new { office = Office, physicalPerDay = PhysicalPerDay, documentaryPerDay = DocumentaryPerDay, setBy = SetBy, setAt = SetAt };
}

/// <summary>An office's daily capacity as configured (overridden by a supervisor's setting for the same office).</summary>
internal sealed class OfficeCapacitySetting
{
    public string Office { get; set; } = "";

    public int? PhysicalPerDay { get; set; }

    public int? DocumentaryPerDay { get; set; }
}
