namespace TalentWatch.Data.Editing;

public enum EditOutcome
{
    Saved,

    /// <summary>Someone else changed the record since the editor read it; nothing was saved.</summary>
    Conflict,
    NotFound,

    /// <summary>The change is not allowed or its input is bad; nothing was saved.</summary>
    Invalid,
}

/// <summary>What became of one editor change, with a sentence to show the editor.</summary>
public sealed record EditResult(EditOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome == EditOutcome.Saved;

    public static EditResult Saved(string message) => new(EditOutcome.Saved, message);

    public static EditResult Invalid(string message) => new(EditOutcome.Invalid, message);

    public static EditResult NotFound(string what) => new(EditOutcome.NotFound, $"{what} does not exist (any more).");
}

/// <summary>The outcome of a bulk accept: how many were accepted, and why the others were not.</summary>
public sealed record BulkAcceptResult(int Accepted, IReadOnlyList<string> Skipped);
