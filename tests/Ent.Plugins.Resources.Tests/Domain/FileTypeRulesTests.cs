using Ent.Plugins.Resources.Domain;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Domain;

public sealed class FileTypeRulesTests
{
    private static readonly FileTypeRules Defaults = FileTypeRules.From(new ResourcesOptions());

    [Theory]
    [InlineData("cours.pdf", "application/pdf")]
    [InlineData("Fiche d'exercices.DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("sans-extension", "application/octet-stream")]
    [InlineData("page.unknownext", "application/octet-stream")]
    public void The_served_type_comes_from_the_file_name(string fileName, string contentType) =>
        Assert.Equal(contentType, FileTypeRules.ContentTypeOf(fileName));

    [Theory]
    [InlineData("jeu.exe", "application/octet-stream")]
    [InlineData("installer.MSI", "application/octet-stream")]
    [InlineData("script.ps1", "text/plain")]
    [InlineData("notes.bin", "application/x-msdownload")]
    [InlineData("notes.bin", "application/x-sh; charset=utf-8")]
    public void Programs_and_scripts_are_refused_by_name_or_declared_type(string fileName, string declared) =>
        Assert.True(Defaults.IsRefused(fileName, declared, "plain text"u8));

    [Fact]
    public void A_windows_or_linux_program_is_refused_whatever_its_name()
    {
        var pe = new byte[256];
        pe[0] = (byte)'M';
        pe[1] = (byte)'Z';
        pe[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x80));
        Assert.True(Defaults.IsRefused("cours.pdf", "application/pdf", pe));
        Assert.True(Defaults.IsRefused("notes.txt", "text/plain", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1]));
    }

    [Fact]
    public void Documents_are_accepted_even_when_they_start_with_mz_text() =>
        Assert.False(Defaults.IsRefused("mzungu.txt", "text/plain", "MZ is how this text starts, but it has no PE header at all, so it is fine to keep."u8));

    [Fact]
    public void A_configured_list_replaces_the_defaults()
    {
        var rules = FileTypeRules.From(new ResourcesOptions { RefusedExtensions = [".mp4"], RefusedContentTypes = [] });
        Assert.True(rules.IsRefused("film.MP4", "video/mp4", []));
        Assert.False(rules.IsRefused("jeu.exe", null, []));
    }
}
