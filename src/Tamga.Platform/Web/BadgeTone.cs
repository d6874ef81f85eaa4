namespace Tamga.Platform.Web;

/// <summary>The colour family of a <c>StatusBadge</c>; the badge's text always says the status too.</summary>
public enum BadgeTone
{
    Neutral,
    Info,
    Success,
    Warning,
    Danger,
}
