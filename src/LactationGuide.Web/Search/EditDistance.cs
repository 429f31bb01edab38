namespace LactationGuide.Web.Search;

/// <summary>
/// The optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
/// letters each count as one edit, so "mastitus" is one edit from "mastitis" and "pmup" one from "pump".
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previousRow = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(row[j] + 1, current[j - 1] + 1), row[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previousRow[j - 2] + 1);
                }
            }

            (previousRow, row, current) = (row, current, previousRow);
        }

        return row[b.Length];
    }
}
