using DocGen.Core.Editions;
using DocGen.Core.Model;

namespace DocGen.Core.Tests.Editions;

public class EditionResolverTests
{
    [Theory]
    [InlineData(2008, Edition.Unspecified, Edition.Legacy2008)]
    [InlineData(2018, Edition.Unspecified, Edition.Legacy2008)]
    [InlineData(2019, Edition.Unspecified, Edition.Edition2019)]
    [InlineData(2020, Edition.Unspecified, Edition.Edition2019)]
    [InlineData(2021, Edition.Unspecified, Edition.Edition2021)]
    [InlineData(2025, Edition.Unspecified, Edition.Edition2021)]
    [InlineData(2022, Edition.Edition2019, Edition.Edition2019)]
    [InlineData(2017, Edition.Edition2021, Edition.Edition2021)]
    public void Resolve_YearAndRequestedEdition_GivesEdition(int year, Edition requested, Edition expected)
    {
        Assert.Equal(expected, EditionResolver.Resolve(new AnnualReport { Year = year, Edition = requested }));
    }
}
