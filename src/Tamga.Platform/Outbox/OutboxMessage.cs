using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tamga.Kernel.Events;

namespace Tamga.Platform.Outbox;

/// <summary>
/// An integration event waiting in the publishing module's outbox — or, with the type <see cref="EventsType"/>, the
/// events of one state change in the order they happened (a declaration registered, assessed and released, with
/// its notifications), written, read and marked as one row.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The type of a message that carries several events: a JSON array of <c>{"type", "event"}</c>.</summary>
    public const string EventsType = "events";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        Type = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Json),
        OccurredAt = integrationEvent.OccurredAt,
    };

    /// <summary>One message for the events of one state change (the message of the event itself when there is one).</summary>
    public static OutboxMessage From(IReadOnlyList<IntegrationEvent> events)
    {
        ArgumentOutOfRangeException.ThrowIfZero(events.Count);
        if (events.Count == 1)
        {
            return From(events[0]);
        }

        var buffer = new ArrayBufferWriter<byte>(512 * events.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var integrationEvent in events)
            {
                writer.WriteStartObject();
                writer.WriteString("type", integrationEvent.GetType().FullName);
                writer.WritePropertyName("event");
                JsonSerializer.Serialize(writer, integrationEvent, integrationEvent.GetType(), Json);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return new OutboxMessage
        {
            // The first event's id: unique, since that event is written nowhere else.
            Id = events[0].EventId,
            Type = EventsType,
            Payload = Encoding.UTF8.GetString(buffer.WrittenSpan),
            OccurredAt = events[0].OccurredAt,
        };
    }

    /// <summary>The events this message carries, in order: each event's type name and its JSON.</summary>
    public IReadOnlyList<(string Type, string Payload)> Events()
    {
        if (Type != EventsType)
        {
            return [(Type, Payload)];
        }

        using var document = JsonDocument.Parse(Payload);
        var events = new List<(string, string)>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            events.Add((element.GetProperty("type").GetString()!, element.GetProperty("event").GetRawText()));
        }

        return events;
    }
}

/// <summary>An event a consumer of this module has handled; makes consumers idempotent.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset HandledAt { get; init; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.DispatchedAt, m.OccurredAt });
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("Inbox");
        builder.HasKey(m => new { m.EventId, m.Consumer });
        builder.Property(m => m.Consumer).HasMaxLength(200);
    }
}
