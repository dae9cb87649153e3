namespace TalentWatch.Web.Features.Shared;

/// <summary>One part of a <see cref="BarList"/> row's bar: a value, its colour and (for the tooltip) what it counts.</summary>
public sealed record BarSegment(double Value, string Color, string? Name = null);

/// <summary>One row of a <see cref="BarList"/>: its label (a link when <see cref="Href"/> is set), bar and value as read.</summary>
public sealed record BarRow(string Label, IReadOnlyList<BarSegment> Segments, string ValueText, string? Href = null);

public sealed record BarLegendItem(string Name, string Color);
