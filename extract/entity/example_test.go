package entity_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract/entity"
	"github.com/chronicle-news/chronicle/models"
)

func ExampleTagger_Tag() {
	r, err := models.NER()
	if err != nil {
		panic(err)
	}
	t, err := entity.Load(r)
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Tag([]string{"Sergey", "Lavrov", "met", "envoys", "in", "Moscow"}))
	// Output: [B-PER I-PER O O O B-LOC]
}

func ExampleExpressions() {
	fmt.Println(entity.Expressions([]string{"Aid", "of", "$", "300", "billion", "since", "February", "2022"}))
	// Output: [O O B-MONEY I-MONEY I-MONEY O B-DATE I-DATE]
}
