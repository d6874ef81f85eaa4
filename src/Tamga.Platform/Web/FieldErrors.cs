using System.Collections;

namespace Tamga.Platform.Web;

/// <summary>One message about one form field.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// Messages about form fields, shown next to each field by <c>FieldMessage</c> and listed by <c>ErrorSummary</c>.
/// By convention the field key is also the input's <c>id</c>, so the summary can link to it.
/// </summary>
public sealed class FieldErrors : IEnumerable<FieldError>
{
    private readonly List<FieldError> _errors = [];

    public int Count => _errors.Count;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    public void Clear() => _errors.Clear();

    public bool Has(string field) => _errors.Exists(e => string.Equals(e.Field, field, StringComparison.Ordinal));

    public IReadOnlyList<string> For(string field) =>
        _errors.Where(e => string.Equals(e.Field, field, StringComparison.Ordinal)).Select(e => e.Message).ToList();

    /// <summary>The id of the element holding the field's messages.</summary>
    public static string MessageId(string field) => field + "-error";

    /// <summary>For <c>aria-describedby</c>: the message element's id when the field has messages, else null (attribute left out).</summary>
    public string? DescribedBy(string field) => Has(field) ? MessageId(field) : null;

    /// <summary>For <c>aria-invalid</c>: "true" when the field has messages, else null (attribute left out).</summary>
    public string? Invalid(string field) => Has(field) ? "true" : null;

    public IEnumerator<FieldError> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
