namespace Tamga.Kernel.Errors;

/// <summary>One broken rule: the field (or data element) it concerns, a stable rule code and a message.</summary>
public sealed record RuleViolation(string Field, string Rule, string Message);
