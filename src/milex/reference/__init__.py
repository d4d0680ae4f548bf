"""What the figures are measured against, kept as data: the allies (names, codes, membership
dates), the commitments (guidelines and national pledges) and the publications (every edition).

These modules need no dataset and no pandas; everything else in milex reads them.
"""
