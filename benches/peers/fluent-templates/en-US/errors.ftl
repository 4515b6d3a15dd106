### The two benchmarked messages, for fluent-templates' `static_loader!`.

missing-parameter = The input parameter { $parameter } that is mandatory for processing this request is not supplied.
forbidden = User not authorized to operate on the specified resource.
