"""Spreadsheet import: the organisers' and advisors' tables (CSV or xlsx) into records.

``read`` turns a file into rows of cells (whatever Excel, LibreOffice or a Dutch
locale wrote), ``headers`` finds the header row and names each column's field,
``kinds`` says declaratively what each kind of record takes, ``plan`` compares
every row with what is stored (add / update / unchanged / refused, with the
reason) and ``apply`` writes an accepted plan in one transaction. ``template``
writes an empty sheet per kind. Nothing here knows Qt: the command line and the
GUI use the same engine.
"""
