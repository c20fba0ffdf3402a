using DocGen.Core.Model;

namespace DocGen.Core.Tests;

public class SaturatingSumTests
{
    public static TheoryData<long, long, long> Additions => new()
    {
        { 2, 3, 5 },
        { -2, 3, 1 },
        { long.MaxValue, 0, long.MaxValue },
        { long.MaxValue, 1, long.MaxValue },
        { long.MaxValue, long.MaxValue, long.MaxValue },
        { long.MinValue, -1, long.MinValue },
        { long.MinValue, long.MinValue, long.MinValue },
        { long.MaxValue, long.MinValue, -1 },
        { long.MaxValue - 1, 1, long.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Add_AnyTwoFigures_ExactOrStopsAtTheEnd(long a, long b, long expected) =>
        Assert.Equal(expected, SaturatingSum.Add(a, b));

    [Fact]
    public void SumOfApplicants_ColumnsPastLongMaxValue_SaturatesInsteadOfWrapping()
    {
        var counts = new ApplicantCounts(NaturalPerson: long.MaxValue, OtherOrg: long.MaxValue);

        Assert.Equal(long.MaxValue, counts.SumOfApplicants);
    }

    [Fact]
    public void SumOfOutcomes_OutcomesBelowLongMinValue_SaturatesInsteadOfWrapping()
    {
        var outcomes = new CaseOutcomes(Upheld: long.MinValue, Pending: -5);

        Assert.Equal(long.MinValue, outcomes.SumOfOutcomes);
    }
}
