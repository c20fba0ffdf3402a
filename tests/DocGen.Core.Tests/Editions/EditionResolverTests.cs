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

    public static TheoryData<string, AnnualReport, Edition> WithoutUsableYear => new()
    {
        { "2021 table 二", new() { ActiveDisclosure2021 = new() }, Edition.Edition2021 },
        { "2019 table 二", new() { Year = 19, ActiveDisclosure2019 = new() }, Edition.Edition2019 },
        { "only table 三", new() { Applications = new() }, Edition.Edition2021 },
        { "sections", new() { Sections = [new Section("一、概述", RichText.Empty)] }, Edition.Legacy2008 },
    };

    [Theory]
    [MemberData(nameof(WithoutUsableYear))]
    public void Resolve_NoUsableYear_EditionOfTheBlocksSent(string _, AnnualReport report, Edition expected)
    {
        Assert.Equal(expected, EditionResolver.Resolve(report));
    }
}
