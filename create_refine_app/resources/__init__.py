"""``create-refine-app add resource``: a typed list/create/edit/show page set in a generated project.

One module per concept: ``fields`` parses ``--field`` specs, ``model`` names a resource,
``project`` reads the project's answers, ``seed`` makes its mock records, ``plan`` renders
the files from the kit's resource templates, ``command`` writes them.
"""
