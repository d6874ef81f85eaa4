using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tamga.Platform.Persistence;

/// <summary>decimal as a 64-bit integer of millionths, so SQLite can order, compare and sum it exactly.</summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * Scale, 0, MidpointRounding.AwayFromZero),
    stored => stored / Scale)
{
    public const decimal Scale = 1_000_000m;
}

/// <summary>DateTimeOffset as UTC ticks, so SQLite can order and compare it.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    stored => new DateTimeOffset(stored, TimeSpan.Zero));
