namespace DocGen.Import.Reading;

/// <summary>
/// What every reader and recogniser of one import shares. <see cref="Budget"/> bounds its time and
/// work: <c>context.Budget.Check()</c> in every loop the document's size decides,
/// <c>context.Budget.CountBlock()</c> for every paragraph or cell made.
/// </summary>
public sealed record ReadingContext(ImportBudget Budget)
{
    public static ReadingContext For(CancellationToken cancellationToken) => new(new ImportBudget(cancellationToken));
}
